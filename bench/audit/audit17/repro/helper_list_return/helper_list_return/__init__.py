# marshmallow #1 (borderline, counted TRUE; cause C, a documented limit): a helper
# `_norm(processors)` wraps its argument (`[processors]`, `list(processors)`) and is
# called for `validate=` and for `pre_load=`; its return is one value for all calls,
# so the pre_load loop reaches the validator Email.__call__ and the validators loop
# reaches the pre_load function strip: deserialize -> strip [34] is false here
# (deserialize -> Email.__call__ [32] is possible in marshmallow only if a user passes
# a validator as pre_load).
class Email:
    def __call__(self, value):
        return value


def strip(value):
    return value.strip()


class Field:
    def __init__(self, validate=None, pre_load=None):
        self.validators = self._norm(validate)
        self.pre_load = self._norm(pre_load)

    @staticmethod
    def _norm(processors):
        if processors is None:
            return []
        if callable(processors):
            return [processors]
        return list(processors)

    def deserialize(self, value):
        for func in self.pre_load:
            value = func(value)
        for v in self.validators:
            v(value)
        return value


def main():
    return Field(validate=Email(), pre_load=strip).deserialize(" a@b ")

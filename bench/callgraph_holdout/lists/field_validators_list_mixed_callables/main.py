def required(value):
    return None if value else "required"


def no_spaces(value):
    return "spaces" if " " in value else None


class MaxLength:
    def __init__(self, n):
        self.n = n

    def __call__(self, value):
        return None if len(value) <= self.n else self.too_long()

    def too_long(self):
        return f"max {self.n}"


class Field:
    def __init__(self, name, validators=None):
        self.name = name
        self.validators = list(validators or [])

    def add(self, validator):
        self.validators.append(validator)
        return self

    def clean(self, value):
        return [msg for v in self.validators if (msg := v(value))]


field = Field("name", [required, MaxLength(3)]).add(no_spaces)
field.clean("a b c")

def check_value(name, value):
    if value is None:
        raise ValueError(f"{name} may not be None")


def mark(changes, name):
    changes.add(name)


class Base:
    def __init__(self, **fields):
        for name, value in fields.items():
            setattr(self, name, value)

    def describe(self):
        return ", ".join(f"{k}={v}" for k, v in sorted(vars(self).items()) if not k.startswith("_"))


class ValidatingMixin:
    def __setattr__(self, name, value):
        if not name.startswith("_"):
            check_value(name, value)
        super().__setattr__(name, value)


class DirtyMixin:
    def __setattr__(self, name, value):
        if "_changes" not in self.__dict__:
            object.__setattr__(self, "_changes", set())
        mark(self._changes, name)
        super().__setattr__(name, value)

    def dirty(self):
        return sorted(n for n in self._changes if not n.startswith("_"))


class Record(DirtyMixin, ValidatingMixin, Base):
    def rename(self, name):
        self.name = name
        return self


def main():
    rec = Record(name="ada", age=36)
    rec.rename("Ada").age = 37
    print(rec.describe(), rec.dirty())
    try:
        rec.email = None
    except ValueError as exc:
        print(exc)


main()

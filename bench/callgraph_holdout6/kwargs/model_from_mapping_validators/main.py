def strip(value):
    return value.strip()


def positive(value):
    if value <= 0:
        raise ValueError("must be positive")
    return value


class Model:
    validators = {}

    def __init__(self, **data):
        for name, value in data.items():
            for check in self.validators.get(name, ()):
                value = check(value)
            setattr(self, name, value)

    @classmethod
    def parse_obj(cls, obj):
        return cls(**obj)

    def dict(self, **options):
        exclude = options.get("exclude", set())
        return {k: v for k, v in vars(self).items() if k not in exclude}

    def copy(self, **update):
        return type(self)(**{**self.dict(), **update})


class User(Model):
    validators = {"name": [strip], "age": [positive]}


class Item(Model):
    validators = {"title": [strip]}


user = User.parse_obj({"name": "  ada ", "age": 36})
older = user.copy(age=37)
print(older.dict(exclude={"age"}))
item = Item(title=" lamp ", price=3)
print(item.dict())

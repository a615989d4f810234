def validate(fields):
    return all(v is not None for v in fields.values())


def register(obj):
    REGISTRY.append(obj)
    return obj


REGISTRY = []


class ModelMeta(type):
    def __call__(cls, *args, **kwargs):
        obj = cls.__new__(cls)
        obj.configure(**kwargs)
        return register(obj)


class Model(metaclass=ModelMeta):
    def __init__(self, **fields):
        self.fields = fields
        self.valid = validate(fields)

    def configure(self, **fields):
        self.fields = fields

    def describe(self):
        return ", ".join(f"{k}={v}" for k, v in sorted(self.fields.items()))


class User(Model):
    def __init__(self, **fields):
        super().__init__(**fields)
        self.active = True

    def configure(self, **fields):
        super().configure(**{k: v.strip() for k, v in fields.items()})


def main():
    users = [User(name=" ada "), User(name="bob ", role=" admin")]
    note = Model(text="hi")
    print([u.describe() for u in users], note.describe(), len(REGISTRY))


main()

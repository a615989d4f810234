class Field:
    kind = "text"

    @classmethod
    def parse(cls, raw):
        return raw.strip()

    @classmethod
    def validator(cls, required=True):
        def check(raw):
            if required and not raw:
                return cls.error("required")
            return cls.parse(raw)
        return check

    @classmethod
    def error(cls, reason):
        return f"{cls.kind}: {reason}"


class IntField(Field):
    kind = "int"

    @classmethod
    def parse(cls, raw):
        return int(super().parse(raw))


class ListField(Field):
    kind = "list"

    @classmethod
    def parse(cls, raw):
        return [item.strip() for item in raw.split(",")]

    @classmethod
    def validator(cls, required=True):
        inner = super().validator(required)

        def check(raw):
            value = inner(raw)
            return value if isinstance(value, str) else sorted(value)
        return check


form = {"name": Field.validator(), "age": IntField.validator(), "tags": ListField.validator(required=False)}
data = {"name": " ada ", "age": " 36", "tags": "b, a"}
print({key: check(data[key]) for key, check in form.items()})
print(IntField.validator()(""))

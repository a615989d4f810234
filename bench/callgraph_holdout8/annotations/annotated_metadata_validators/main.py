from typing import Annotated, get_type_hints


class MinLen:
    def __init__(self, n):
        self.n = n

    def validate(self, value):
        if len(value) < self.n:
            raise ValueError(value)
        return value


class Strip:
    def validate(self, value):
        return value.strip()


class Range:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def validate(self, value):
        if not self.lo <= value <= self.hi:
            raise ValueError(value)
        return value


class BaseModel:
    def __init__(self, **data):
        hints = get_type_hints(type(self), include_extras=True)
        for name, hint in hints.items():
            value = data.get(name, getattr(type(self), name, None))
            for meta in getattr(hint, "__metadata__", ()):
                value = meta.validate(value)
            setattr(self, name, value)


class User(BaseModel):
    name: Annotated[str, Strip(), MinLen(2)]
    age: Annotated[int, Range(0, 150)]
    nickname: str = ""


class Address(BaseModel):
    city: Annotated[str, MinLen(1)]


u = User(name="  ann ", age=30)
print(u.name, u.age, repr(u.nickname))

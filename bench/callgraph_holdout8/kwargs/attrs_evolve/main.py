def instance_of(kind):
    def check(inst, attr, value):
        if not isinstance(value, kind):
            raise TypeError(attr)
    return check


def to_int(value):
    return int(value)


class Field:
    def __init__(self, *, validator=None, converter=None, default=None):
        self.validator = validator
        self.converter = converter
        self.default = default


class Base:
    def __init__(self, **kwargs):
        for name, spec in self.__fields__().items():
            value = kwargs.get(name, spec.default)
            if spec.converter:
                value = spec.converter(value)
            if spec.validator:
                spec.validator(self, name, value)
            setattr(self, name, value)

    @classmethod
    def __fields__(cls):
        return {k: v for k, v in vars(cls).items() if isinstance(v, Field)}

    def asdict(self):
        return {name: getattr(self, name) for name in self.__fields__()}


class Point(Base):
    x = Field(converter=to_int, validator=instance_of(int))
    y = Field(converter=to_int, default=0)
    label = Field(validator=instance_of(str), default="p")


def evolve(inst, **changes):
    cls = inst.__class__
    return cls(**{**inst.asdict(), **changes})


p = Point(x="3")
q = evolve(p, y="4", label="q")
print(q.asdict())

"""Config fields: a non-data `Default` is shadowed by instance attributes; a data `Checked` is not."""


class Default:
    """Non-data descriptor: computes a fallback, but an instance attribute wins over it."""

    def __init__(self, compute):
        self.compute = compute

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, inst, owner):
        return self if inst is None else self.compute(inst)


class Checked:
    """Data descriptor: every read and write of the attribute goes through it."""

    def __init__(self, check):
        self.check = check

    def __set_name__(self, owner, name):
        self.key = "_" + name

    def __get__(self, inst, owner):
        return getattr(inst, self.key)

    def __set__(self, inst, value):
        setattr(inst, self.key, self.check(value))


def default_timeout(conf):
    return conf.retries * 10


def positive(value):
    if value <= 0:
        raise ValueError(value)
    return value


class ClientConfig:
    timeout = Default(default_timeout)
    retries = Checked(positive)

    def __init__(self, retries, timeout):
        self.retries = retries
        self.timeout = timeout

    def describe(self):
        return f"{self.retries} retries, {self.timeout}s"


conf = ClientConfig(3, 30)
print(conf.describe())
conf.timeout = 5
print(conf.describe())

"""A field attached after the class exists never gets `__set_name__` called."""


def coerce(kind, value):
    return kind(value)


class Field:
    def __init__(self, kind, default):
        self.kind = kind
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name
        owner.fields = getattr(owner, "fields", ()) + (name,)

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance.__dict__.get(self.storage_key(), self.default)

    def __set__(self, instance, value):
        instance.__dict__[self.storage_key()] = coerce(self.kind, value)

    def storage_key(self):
        return self.name or f"_anon_{id(self)}"


class Settings:
    port = Field(int, 8080)
    host = Field(str, "localhost")


def add_field(cls, name, field):
    setattr(cls, name, field)
    return field


add_field(Settings, "workers", Field(int, 4))
s = Settings()
s.port = "9000"
s.workers = "8"
print(s.host, s.port, s.workers, Settings.fields)

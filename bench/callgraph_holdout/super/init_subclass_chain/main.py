REGISTRY = {}


def register(name, cls):
    REGISTRY[name] = cls


class Base:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        register(cls.__name__, cls)


class Command(Base):
    def __init_subclass__(cls, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix

    def run(self):
        return self.prefix


class Deploy(Command, prefix="deploy"):
    def run(self):
        return "go " + super().run()


REGISTRY["Deploy"]().run()

# audit14 cause C (pubsub #5): a public setter stores a handler declared with an interface type
# whose __call__ is an abstract stub (raise NotImplementedError); the package has a concrete
# subclass and no call of the setter.  The call through the stored handler is drawn to the stub
# as well as to the override.  Expected: Topic.send -> Concrete.__call__ only (the stub never runs for
# a handler the package makes, and a user's handler must override it).
class IHandler:
    def __call__(self, x):
        raise NotImplementedError("%s must override __call__()" % self.__class__)


class Concrete(IHandler):
    def __call__(self, x):
        return x


class Config:
    def __init__(self, handler: IHandler = None):
        self.handler = handler


class Topic:
    def __init__(self, cfg: Config):
        self._cfg = cfg

    def send(self):
        handler = self._cfg.handler
        if handler is not None:
            handler(1)


class Publisher:
    def __init__(self, cfg: Config = None):
        self.__cfg = cfg or Config()

    def set_handler(self, handler: IHandler):
        self.__cfg.handler = handler

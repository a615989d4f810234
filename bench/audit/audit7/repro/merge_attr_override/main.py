class Handler:
    def auth(self, user, key, event):
        return event


class OnlyHandler(Handler):
    def auth(self, user, key):
        return key


class Transport:
    def __init__(self):
        self.handler = None

    def auth(self, user, key):
        self.handler = Handler()
        return self.handler.auth(user, key, None)


class ServiceTransport(Transport):
    def __init__(self):
        super().__init__()
        self.handler = OnlyHandler()

    def auth(self, user, key):
        # always the OnlyHandler: Transport.auth, which stores a Handler, is overridden
        return self.handler.auth(user, key)

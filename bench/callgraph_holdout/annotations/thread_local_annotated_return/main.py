import threading

_state = threading.local()


class Session:
    def __init__(self, user):
        self.user = user

    def query(self, text):
        return audit(self.user, text)


def audit(user, text):
    return (user, text)


def open_session(user):
    _state.session = Session(user)


def current() -> Session:
    return _state.session


def handle(text):
    return current().query(text)


open_session("ann")
handle("select")

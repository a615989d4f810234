"""Cause D (websocket #5 #10): branches no run takes.  recv() tests `header is None` right
after recv_header() set it (a dead raise), and on_close() calls reconnect only under
`if is_custom:`, which holds exactly when create() made a Wrapped, never a Plain."""


class ProtocolError(Exception):
    pass


class Buffer:
    def __init__(self, data):
        self.data = data
        self.header = None

    def recv_header(self):
        self.header = self.data[:2]

    def recv(self):
        if self.header is None:
            self.recv_header()
        if self.header is None:
            raise ProtocolError("Header not received")
        return self.header


class Base:
    def reconnect(self, again):
        return "base", again()


class Plain(Base):
    pass


class Wrapped:
    def __init__(self, custom):
        self.custom = custom

    def reconnect(self, again):
        return "wrapped", again()


def create(custom):
    if custom:
        return Wrapped(custom)
    return Plain()


def run(custom=None):
    is_custom = bool(custom)
    dispatcher = create(custom)

    def on_close():
        if is_custom:
            return dispatcher.reconnect(lambda: "again")
        return "bye", type(dispatcher).__name__

    return on_close()


def main():
    return Buffer(b"\x81\x05").recv(), run(), run("loop")

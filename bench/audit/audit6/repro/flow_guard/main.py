# urllib3 _ssl_wrap_socket_impl: an already-wrapped socket (the proxy tunnel's) is only
# ever wrapped again with tls_in_tls=True, so it goes to Transport(sock), never to
# ctx.wrap_socket(sock); flow- and context-insensitively it reaches both branches.
# False edge: main.Wrapped.recv -> main.Transport.gettimeout.
class Transport:
    def __init__(self, sock):
        self.sock = sock

    def gettimeout(self):
        return 1.0


class Wrapped:
    def __init__(self, sock):
        self.socket = sock

    def recv(self):
        return self.socket.gettimeout()


class Context:
    def wrap_socket(self, sock):
        return Wrapped(sock)


def wrap(sock, ctx, tls_in_tls):
    if tls_in_tls:
        return Transport(sock)
    return ctx.wrap_socket(sock)


def connect(raw, ctx, tunnel):
    sock = raw
    if tunnel:
        sock = wrap(sock, ctx, False)  # TLS to the proxy
    return wrap(sock, ctx, tunnel)  # TLS-in-TLS only through a tunnel


connect(object(), Context(), True).sock.recv()
connect(object(), Context(), False).recv()

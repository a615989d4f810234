def default_timeout():
    return 30


def lookup(host):
    return "10.0.0.1" if host == "db" else "127.0.0.1"


def connect(host, timeout=default_timeout()):
    def resolve():
        return lookup(host)

    def open_socket(address):
        return (address, timeout)

    return open_socket(resolve())


class Pool:
    def __init__(self, size):
        self.conns = [connect("db") for _ in range(size)]


Pool(2)

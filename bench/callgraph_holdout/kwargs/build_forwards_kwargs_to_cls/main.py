class Server:
    def __init__(self, host="localhost", port=80):
        self.host = host
        self.port = port

    def start(self):
        return bind(self.host, self.port)


class Worker:
    def __init__(self, queue="default"):
        self.queue = queue

    def start(self):
        return self.queue


def bind(host, port):
    return (host, port)


def build(cls, **settings):
    instance = cls(**settings)
    return instance


build(Server, port=8080).start()
build(Worker, queue="mail").start()

class Connection:
    def __init__(self, fast):
        self.sent = []
        if fast:
            self.send = self._send_batched
        self.flush = self.send_all if not fast else self._noop

    def send(self, data):
        self.sent.append(("plain", data))

    def _send_batched(self, data):
        self.sent.append(("batched", data))

    def send_all(self):
        return len(self.sent)

    def _noop(self):
        return 0


class Pool:
    def __init__(self):
        self.conns = [Connection(fast=True), Connection(fast=True)]

    def broadcast(self, data):
        for conn in self.conns:
            conn.send(data)
            conn.flush()


pool = Pool()
pool.broadcast("hello")
print([c.sent for c in pool.conns])

class HttpConn:
    def __init__(self, host, idle_for):
        self.host = host
        self.idle_for = idle_for

    def idle(self, limit):
        return self.idle_for > limit

    def close(self):
        return f"closed {self.host}"


class TlsConn(HttpConn):
    def idle(self, limit):
        return self.idle_for > limit // 2

    def close(self):
        shutdown_tls(self.host)
        return super().close()


def shutdown_tls(host):
    return f"tls bye {host}"


class Pool:
    def __init__(self, conns):
        self.conns = list(conns)

    def reap(self, limit):
        closed = []
        for conn in self.conns:
            if conn.idle(limit):
                self.conns.remove(conn)
                closed.append(conn.close())
        return closed


def main():
    pool = Pool([HttpConn("a", 90), TlsConn("b", 90), HttpConn("c", 90), TlsConn("d", 90)])
    print(pool.reap(60))
    print([c.host for c in pool.conns])


main()

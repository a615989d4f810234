class TCPTransport:
    def __init__(self, host, port, timeout=10):
        self.address = (host, port)
        self.timeout = timeout
        self.handshake()

    def handshake(self):
        self.ready = True

    def send(self, data):
        return f"tcp {self.address} {data!r}"


class TLSTransport(TCPTransport):
    def __init__(self, host, port, timeout=10, verify=True):
        self.verify = verify
        super().__init__(host, port, timeout)

    def handshake(self):
        self.ready = load_certificates(self.verify)

    def send(self, data):
        return "tls " + super().send(encrypt(data))


def load_certificates(verify):
    return verify


def encrypt(data):
    return data[::-1]


def connect(host, port=443, transport=TCPTransport, **options):
    return transport(host, port, **options)


def make_client(**settings):
    settings.setdefault("transport", TLSTransport)
    return connect(settings.pop("host"), **settings)


def main():
    secure = make_client(host="api", timeout=5, verify=False)
    also_secure = connect("db", transport=TLSTransport)
    print(secure.send("ping"), also_secure.send("hello"))


if __name__ == "__main__":
    main()

DEFAULTS = {"timeout": 5, "retries": 1, "pool_size": 4}
ALLOWED = {"timeout", "retries", "pool_size", "ssl_context"}


class SSLContext:
    def __init__(self, verify=True):
        self.verify = verify

    def wrap(self, sock):
        return f"tls({sock}, verify={self.verify})"


class Pool:
    def __init__(self, host, port, *, timeout, retries, pool_size, ssl_context=None):
        self.host, self.port = host, port
        self.timeout, self.retries, self.size = timeout, retries, pool_size
        self.ssl_context = ssl_context

    def open(self):
        sock = f"{self.host}:{self.port}"
        return self.ssl_context.wrap(sock) if self.ssl_context else sock


def warn(names):
    print("ignoring", ", ".join(names))


def clean(options):
    unknown = set(options) - ALLOWED
    if unknown:
        warn(sorted(unknown))
    return {k: v for k, v in options.items() if k in ALLOWED}


def connect(host, port=443, **options):
    settings = DEFAULTS | clean(options)
    return Pool(host, port, **settings)


def connect_secure(host, **options):
    options.setdefault("ssl_context", SSLContext(**options.pop("tls", {})))
    return connect(host, **options)


print(connect("db", 5432, timeout=1, debug=True).open())
print(connect_secure("api", tls={"verify": False}, retries=3).open())

def default_port(scheme):
    return {"postgres": 5432, "redis": 6379}[scheme]


def parse_dsn(dsn):
    scheme, rest = dsn.split("://", 1)
    host, _, port = rest.partition(":")
    return host, int(port or default_port(scheme))


def use_tls(conn):
    conn["tls"] = True


def set_timeout(conn, seconds=5):
    conn["timeout"] = seconds


def connect(host, port=5432, *options):
    conn = {"host": host, "port": port}
    for option in options:
        option(conn)
    return conn


def describe(conn, *keys, sep=", "):
    return sep.join(f"{k}={conn[k]}" for k in (keys or sorted(conn)))


def main():
    primary = connect(*parse_dsn("postgres://db.internal"), use_tls, set_timeout)
    cache = connect(*parse_dsn("redis://cache:6380"))
    local = connect("localhost")
    print(describe(primary))
    print(describe(cache, "host", "port", sep=" "))
    print(describe(local, *["port"]))


if __name__ == "__main__":
    main()

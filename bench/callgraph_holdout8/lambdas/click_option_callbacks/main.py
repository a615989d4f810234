class Option:
    def __init__(self, name, callback=None, default=None):
        self.name = name
        self.callback = callback
        self.default = default

    def process(self, raw):
        value = raw if raw is not None else self.default
        if self.callback is not None and raw is not None:
            value = self.callback(self, value)
        return value


def validate_port(value):
    port = int(value)
    if not 0 < port < 65536:
        raise ValueError(port)
    return port


def parse_bool(value):
    return value in ("1", "true", "yes")


def split_csv(value):
    return value.split(",")


class Command:
    def __init__(self, fn, options):
        self.fn = fn
        self.options = options

    def run_cli(self, argv):
        raw = dict(arg.lstrip("-").split("=", 1) for arg in argv)
        params = {o.name: o.process(raw.get(o.name)) for o in self.options}
        return self.fn(**params)


def serve(port, debug, hosts):
    return f"serving {hosts} on {port} debug={debug}"


cli = Command(serve, [
    Option("port", callback=lambda opt, v: validate_port(v), default=8000),
    Option("debug", callback=lambda opt, v: parse_bool(v), default=False),
    Option("hosts", callback=lambda opt, v: split_csv(v), default=["localhost"]),
])
print(cli.run_cli(["--port=8080", "--hosts=a,b"]))

class Option:
    def __init__(self, name, default, convert):
        self.name = name
        self.default = default
        self.convert = convert

    def consume(self, argv):
        flag = f"--{self.name}"
        if flag in argv:
            return self.convert(argv[argv.index(flag) + 1])
        return self.default


def option(name, default=None, type=str):
    def decorator(f):
        if not hasattr(f, "__params__"):
            f.__params__ = []
        f.__params__.insert(0, Option(name, default, type))
        return f

    return decorator


class Command:
    def __init__(self, callback):
        self.callback = callback
        self.params = getattr(callback, "__params__", [])

    def __call__(self, argv):
        kwargs = {p.name: p.consume(argv) for p in self.params}
        return self.callback(**kwargs)


def command(f):
    return Command(f)


def to_int(text):
    return int(text)


@command
@option("count", default=1, type=to_int)
@option("name", default="world")
def hello(count, name):
    return " ".join([f"hello {name}"] * count)


print(hello(["--count", "2"]))
print(hello(["--name", "ada"]))

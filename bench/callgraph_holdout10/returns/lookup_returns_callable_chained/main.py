"""A command registry whose lookup returns a bound method or a fallback lambda, called and chained."""


class Result:
    def __init__(self, value):
        self.value = value

    def then(self, fn):
        return Result(fn(self.value))

    def unwrap(self):
        return self.value


class Commands:
    def __init__(self):
        self.aliases = {"ls": "list"}

    def lookup(self, name):
        name = self.aliases.get(name, name)
        return getattr(self, "cmd_" + name, None) or self.fallback(name)

    def fallback(self, name):
        return lambda *args: Result(f"unknown {name}")

    def cmd_list(self, *args):
        return Result(sorted(args))

    def cmd_count(self, *args):
        return Result(len(args))


def shout(value):
    return str(value).upper()


def make_pipeline(*fns):
    def run(value):
        for fn in fns:
            value = fn(value)
        return value
    return run


cmds = Commands()
print(cmds.lookup("ls")("b", "a").then(shout).unwrap())
print(cmds.lookup("count")(1, 2, 3).then(make_pipeline(str, shout)).unwrap())
print(cmds.lookup("rm")("x").unwrap())

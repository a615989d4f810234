"""The registry plugins call into when they are executed."""

COMMANDS = {}


def command(name):
    def register(fn):
        COMMANDS[name] = fn
        return fn
    return register


def run(name, *args):
    return COMMANDS[name](*args)

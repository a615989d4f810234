class Command:
    def __init__(self, name, callback):
        self.name = name
        self.callback = callback

    def invoke(self, args):
        return self.callback(*args)


class Group:
    def __init__(self):
        self.commands = {}

    def command(self, name):
        def decorator(fn):
            self.commands[name] = Command(name, fn)
            return fn

        return decorator

    def main(self, argv):
        return self.commands[argv[0]].invoke(argv[1:])


cli = Group()


@cli.command("hello")
def hello(who):
    return "hello " + who


@cli.command("bye")
def bye(who):
    return "bye " + who


cli.main(["hello", "x"])
cli.main(["bye", "y"])

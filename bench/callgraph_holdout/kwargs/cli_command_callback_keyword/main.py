class Command:
    def __init__(self, name, callback, help=""):
        self.name = name
        self.callback = callback
        self.help = help

    def invoke(self, **params):
        return self.callback(**params)


class CLI:
    def __init__(self):
        self.commands = {}

    def add_command(self, name, **attrs):
        self.commands[name] = Command(name=name, **attrs)

    def main(self, argv):
        name, *rest = argv
        params = dict(arg.split("=") for arg in rest)
        return self.commands[name].invoke(**params)


def greet(user="world"):
    return format_greeting(user)


def format_greeting(user):
    return "hello " + user


cli = CLI()
cli.add_command("greet", callback=greet, help="say hello")
cli.main(["greet", "user=bob"])

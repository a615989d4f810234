def sum_all(args):
    return sum(int(a) for a in args)


class Add:
    def __init__(self, args):
        self.args = args

    def run(self):
        return sum_all(self.args)


class Echo:
    def __init__(self, args):
        self.args = args

    def run(self):
        return " ".join(self.args)


COMMANDS = {"add": Add, "echo": Echo}
ALIASES = {"plus": "add"}


def main(argv):
    name = ALIASES.get(argv[0], argv[0])
    command_cls = COMMANDS[name]
    return command_cls(argv[1:]).run()


main(["plus", "1", "2"])
main(["echo", "a"])

class Cmd:
    prompt = "(cmd) "

    def __init__(self):
        self.lastcmd = ""
        self.output = []

    def parseline(self, line):
        line = line.strip()
        if not line:
            return None, None, line
        cmd, _, arg = line.partition(" ")
        return cmd, arg, line

    def onecmd(self, line):
        cmd, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        self.lastcmd = line
        try:
            func = getattr(self, "do_" + cmd)
        except AttributeError:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        self.output.append(f"*** Unknown syntax: {line}")

    def precmd(self, line):
        return line

    def postcmd(self, stop, line):
        return stop

    def cmdloop(self, lines):
        stop = None
        for line in lines:
            line = self.precmd(line)
            stop = self.onecmd(line)
            stop = self.postcmd(stop, line)
            if stop:
                break


class Shell(Cmd):
    def do_greet(self, arg):
        self.output.append(f"hello {arg or 'there'}")

    def do_quit(self, arg):
        return True

    def precmd(self, line):
        return line.lower()


shell = Shell()
shell.cmdloop(["GREET ada", "", "dance", "quit", "greet never"])
print("\n".join(shell.output))

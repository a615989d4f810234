import cmd
import io


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty

    def report(self):
        return ", ".join(f"{k}={v}" for k, v in sorted(self.items.items()))


def parse_qty(text):
    return int(text) if text.isdigit() else 1


class Shell(cmd.Cmd):
    prompt = "inv> "
    use_rawinput = False

    def __init__(self, inventory, stdout):
        super().__init__(stdin=io.StringIO(""), stdout=stdout)
        self.inventory = inventory
        self.history = []

    def preloop(self):
        self.stdout.write("inventory shell\n")

    def postloop(self):
        self.stdout.write(f"{len(self.history)} commands\n")

    def precmd(self, line):
        self.history.append(line)
        return line.strip().lower()

    def postcmd(self, stop, line):
        return stop

    def do_add(self, arg):
        name, _, qty = arg.partition(" ")
        self.inventory.add(name, parse_qty(qty))

    def do_show(self, arg):
        self.stdout.write(self.inventory.report() + "\n")

    def do_quit(self, arg):
        return True

    def default(self, line):
        self.stdout.write(f"unknown: {line}\n")

    def emptyline(self):
        pass


def run_script(shell, lines):
    shell.cmdqueue.extend(lines)
    shell.cmdloop()


if __name__ == "__main__":
    out = io.StringIO()
    shell = Shell(Inventory(), out)
    run_script(shell, ["ADD apple 3", "add pear", "", "dance", "show", "quit", "show"])
    print(out.getvalue(), shell.history)

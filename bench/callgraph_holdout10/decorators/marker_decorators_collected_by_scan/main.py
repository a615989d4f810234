"""A chat-bot framework: @command / @on_event only tag methods; Bot.__init__ scans for the tags."""
import inspect


def command(name):
    def mark(fn):
        fn._command = name
        return fn
    return mark


def on_event(kind):
    def mark(fn):
        fn._events = getattr(fn, "_events", ()) + (kind,)
        return fn
    return mark


class Bot:
    def __init__(self):
        self.commands, self.listeners = {}, {}
        for _, member in inspect.getmembers(self, inspect.ismethod):
            if hasattr(member, "_command"):
                self.commands[member._command] = member
            for kind in getattr(member, "_events", ()):
                self.listeners.setdefault(kind, []).append(member)

    def dispatch(self, kind, *args):
        return [listener(*args) for listener in self.listeners.get(kind, [])]

    def handle(self, line):
        name, _, rest = line.partition(" ")
        self.dispatch("message", line)
        return self.commands[name](rest)


class EchoBot(Bot):
    def __init__(self):
        self.log = []
        super().__init__()

    @command("echo")
    def echo(self, text):
        return text

    @command("shout")
    def shout(self, text):
        return self.echo(text).upper()

    @on_event("message")
    @on_event("join")
    def remember(self, line):
        self.log.append(line)


bot = EchoBot()
print(bot.handle("shout hi"), bot.dispatch("join", "ada joined"), bot.log)

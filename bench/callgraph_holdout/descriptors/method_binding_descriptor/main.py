import functools


class command:
    def __init__(self, func):
        self.func = func

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return functools.partial(self.func, instance)


class Shell:
    def __init__(self):
        self.history = []

    @command
    def echo(self, text):
        self.history.append(text)
        return render(text)

    @command
    def clear(self):
        self.history.clear()


def render(text):
    return text


shell = Shell()
shell.echo("hi")
shell.clear()

"""Typer-like command line app: parameters are converted by calling their annotation."""
import inspect


class Port(int):
    def __new__(cls, text):
        value = int(text)
        if not 0 < value < 65536:
            raise ValueError(text)
        return super().__new__(cls, value)


class Host:
    def __init__(self, text):
        self.name = text.lower()

    def __str__(self):
        return self.name


def flag(text):
    return text in ("1", "yes", "true")


class App:
    def __init__(self):
        self.commands = {}

    def command(self, fn):
        self.commands[fn.__name__] = fn
        return fn

    def convert(self, param, raw):
        annotation = param.annotation
        if annotation is inspect.Parameter.empty:
            return raw
        return annotation(raw)

    def run(self, argv):
        name, *raw = argv
        fn = self.commands[name]
        params = list(inspect.signature(fn).parameters.values())
        args = [self.convert(p, r) for p, r in zip(params, raw)]
        return fn(*args)


app = App()


@app.command
def serve(host: Host, port: Port, reload: flag = False):
    return f"{host}:{port} reload={reload}"


@app.command
def greet(name, times: int = 1):
    return " ".join([name] * times)


print(app.run(["serve", "LOCALHOST", "8080", "yes"]))
print(app.run(["greet", "bob", "2"]))

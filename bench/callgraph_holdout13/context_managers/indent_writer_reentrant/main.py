from contextlib import contextmanager


class Indent:
    def __init__(self, width=2):
        self.width = width
        self.level = 0
        self.lines = []

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        return False

    def write(self, text):
        self.lines.append(" " * (self.width * self.level) + text)


@contextmanager
def section(out, title):
    out.write(heading(title))
    with out:
        yield out
    out.write(rule())


def heading(title):
    return f"[{title}]"


def rule():
    return "-" * 8


def render(config, out):
    for name, value in config.items():
        if isinstance(value, dict):
            with section(out, name):
                render(value, out)
        else:
            out.write(f"{name} = {value}")


def main():
    out = Indent()
    with out:
        out.write("config")
    render({"db": {"host": "x", "pool": {"size": 4}}, "debug": False}, out)
    print("\n".join(out.lines))


main()

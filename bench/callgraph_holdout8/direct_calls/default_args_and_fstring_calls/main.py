def make_default():
    return {"retries": 3}


def tag(name):
    return f"<{name}>"


def width():
    return 8


def closing(name):
    return f"</{name}>"


class Formatter:
    prefix = tag("fmt")

    def __init__(self, options=make_default()):
        self.options = options

    def line(self, text):
        return f"{tag('p')}{text:>{width()}}{closing('p')}"


def retry_count(opts=make_default()):
    return opts["retries"]


print(Formatter().line("hi"), retry_count())

from functools import partial


def log(message, *, level="debug"):
    return f"[{level}] {message}"


class Toolbar:
    def __init__(self):
        self.handlers = {}
        self.clicks = []

    def add_button(self, name, handler):
        self.handlers[name] = handler

    def on_click(self, name, *, double=False):
        self.clicks.append(name + ("!!" if double else ""))
        return describe_click(name, double)

    def press(self, name, **options):
        return self.handlers[name](**options)


def describe_click(name, double):
    return f"{name}:{'double' if double else 'single'}"


def save_document(path, backup=False):
    return f"saved {path}" + (" +backup" if backup else "")


def main():
    bar = Toolbar()
    info = partial(log, level="info")
    for name in ("bold", "italic"):
        bar.add_button(name, partial(bar.on_click, name))
    bar.add_button("save", partial(save_document, "/tmp/doc.txt"))
    print(bar.press("bold"), bar.press("italic", double=True))
    print(bar.press("save", backup=True))
    print(info("toolbar ready"), info.func("raw"))
    print(bar.clicks)


main()

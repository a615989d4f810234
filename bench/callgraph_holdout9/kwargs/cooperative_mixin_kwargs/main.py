"""GUI widgets built from cooperative mixins: each __init__ takes its own keyword
arguments and forwards the rest with super().__init__(**kwargs)."""


class Widget:
    def __init__(self, *, parent=None, **kwargs):
        if kwargs:
            raise TypeError(f"unexpected options {sorted(kwargs)}")
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.add(self)

    def add(self, child):
        self.children.append(child)


class Colored:
    def __init__(self, *, fg="black", bg="white", **kwargs):
        super().__init__(**kwargs)
        self.colors = (check_color(fg), check_color(bg))


class Sized:
    def __init__(self, *, width=100, height=20, **kwargs):
        super().__init__(**kwargs)
        self.size = (width, height)


def check_color(name):
    return name.lower()


class Button(Colored, Sized, Widget):
    def __init__(self, label, *, on_click=None, **kwargs):
        super().__init__(**kwargs)
        self.label = label
        self.on_click = on_click


class Window(Sized, Widget):
    pass


def build_ui(theme):
    window = Window(width=640, height=480)
    ok = Button("OK", parent=window, **theme, width=80)
    return window, ok


window, ok = build_ui({"fg": "White", "bg": "Navy"})
print(ok.colors, ok.size, len(window.children))

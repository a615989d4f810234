class Widget:
    def __init__(self, kind, width=100, color="gray", **extra):
        self.kind = kind
        self.width = width
        self.color = color
        self.extra = extra

    def validate(self):
        if self.width <= 0:
            raise ValueError(self.kind)
        return self

    def describe(self):
        return f"{self.kind}({self.width}, {self.color})"


class Label(Widget):
    def validate(self):
        check_text(self.extra.get("text", ""))
        return super().validate()


def check_text(text):
    if not text:
        raise ValueError("empty label")


def factory(cls, kind, **defaults):
    def create(**overrides):
        widget = cls(kind, **{**defaults, **overrides})
        return widget.validate()

    create.kind = kind
    return create


def build_form(*makers):
    return [make() for make in makers]


button = factory(Widget, "button", color="blue")
label = factory(Label, "label", text="Name")
form = build_form(button, label, lambda: button(width=40))
print([w.describe() for w in form])

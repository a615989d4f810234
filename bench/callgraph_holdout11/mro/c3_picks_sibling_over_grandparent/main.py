class Widget:
    def render(self):
        return f"<div>{self.content()}</div>"

    def content(self):
        return "widget"

    def css(self):
        return "widget.css"


class Clickable(Widget):
    def on_click(self):
        return f"clicked {self.content()}"


class Themed(Widget):
    def render(self):
        return f'<div class="{self.theme()}">{self.content()}</div>'

    def theme(self):
        return "dark"

    def css(self):
        return "theme.css"


class Button(Clickable, Themed):
    def content(self):
        return "OK"


def page(widgets):
    return [(w.render(), w.css()) for w in widgets]


b = Button()
print(page([b]), b.on_click(), [k.__name__ for k in Button.__mro__])

"""A form renderer dispatching through operator.methodcaller and attrgetter over a
heterogeneous list of widgets."""
from operator import attrgetter, methodcaller


class Widget:
    def __init__(self, name):
        self.name = name

    def render(self, ctx):
        return f"<div>{self.name}</div>"

    def value(self, ctx):
        return ctx.get(self.name, "")


class TextInput(Widget):
    def render(self, ctx):
        return f'<input name="{self.name}" value="{self.value(ctx)}">'


class Checkbox(Widget):
    def render(self, ctx):
        checked = " checked" if self.value(ctx) else ""
        return f'<input type="checkbox" name="{self.name}"{checked}>'


class Heading(Widget):
    pass


def render_form(widgets, ctx):
    render = methodcaller("render", ctx)
    return "\n".join(map(render, widgets))


def field_names(widgets):
    return list(map(attrgetter("name"), widgets))


form = [Heading("Sign up"), TextInput("email"), Checkbox("terms")]
print(render_form(form, {"email": "a@b.c", "terms": True}))
print(field_names(form))

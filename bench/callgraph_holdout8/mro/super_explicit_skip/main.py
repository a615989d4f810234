class Widget:
    def render(self):
        return "<widget>"

    def describe(self):
        return " > ".join(k.__name__ for k in type(self).__mro__ if k is not object)


class Bordered(Widget):
    def render(self):
        return f"[{super().render()}]"


class Shadowed(Bordered):
    def render(self):
        return f"~{super().render()}~"


class Button(Shadowed):
    def render(self):
        return super(Bordered, self).render() + "!"


class Link(Shadowed):
    def render(self):
        return Bordered.render(self)


class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({self.describe()})"


class IconButton(ReprMixin, Button):
    pass


for w in [Button(), Link(), IconButton()]:
    print(w.render(), repr(w) if isinstance(w, ReprMixin) else type(w).__name__)

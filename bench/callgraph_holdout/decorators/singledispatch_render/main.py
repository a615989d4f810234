import functools


class Money:
    def __init__(self, cents):
        self.cents = cents

    def dollars(self):
        return self.cents / 100


@functools.singledispatch
def render(value):
    return repr(value)


@render.register
def _(value: int):
    return "int %d" % value


@render.register(Money)
def render_money(value):
    return "$%.2f" % value.dollars()


render(3)
render(Money(250))
render(2.5)

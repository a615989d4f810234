class Widget:
    def __init__(self):
        self.size = 1


def build(factory):
    return factory()


build(Widget)

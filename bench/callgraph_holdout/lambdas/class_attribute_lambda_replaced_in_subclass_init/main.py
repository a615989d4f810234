def identity(x):
    return x


def shout(x):
    return x.upper() + "!"


class Formatter:
    transform = staticmethod(lambda text: identity(text))

    def __init__(self, transform=None):
        if transform is not None:
            self.transform = transform

    def format(self, text):
        return self.transform(text)


class Loud(Formatter):
    def __init__(self):
        super().__init__(transform=lambda t: shout(t))


Formatter().format("a")
Loud().format("b")

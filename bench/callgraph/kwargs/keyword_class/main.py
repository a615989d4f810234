class Reader:
    def __init__(self, name):
        self.name = name

    def read(self):
        return self.name


def open_with(name, kind):
    return kind(name).read()


open_with("a", kind=Reader)

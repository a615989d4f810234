class Node:
    def __init__(self, name):
        self.name = name

    @property
    def path(self):
        return "/" + self.name

    def describe(self):
        return self.path + ":" + kind_of(self)


class Child(Node):
    def __init__(self, parent, name):
        super().__init__(name)
        self.parent = parent

    @property
    def path(self):
        return join(self.parent, self.name)


def join(parent, name):
    return parent + "/" + name


def kind_of(node):
    return type(node).__name__


Child("/root", "leaf").describe()

class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)

    def __iter__(self):
        yield self
        for child in self.children:
            yield from child

    def visit(self):
        return self.name


tree = Node("root", [Node("a"), Node("b", [Node("c")])])
names = [node.visit() for node in tree]

"""A filesystem-like tree whose __iter__ is a generator delegating to children with
`yield from child` (recursing through __iter__), consumed partly with islice and
fully by a filter generator."""
from itertools import islice


class Node:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)

    def __iter__(self):
        yield self
        for child in self.children:
            yield from child

    def is_leaf(self):
        return not self.children


class File(Node):
    def __init__(self, name, size):
        super().__init__(name)
        self.size = size


def leaves(tree):
    for node in tree:
        if node.is_leaf():
            yield node


def total_size(tree):
    return sum(getattr(n, "size", 0) for n in leaves(tree))


tree = Node("/", Node("etc", File("hosts", 10)), Node("usr", Node("bin", File("ls", 99))))
print([n.name for n in islice(tree, 3)])
print(total_size(tree))

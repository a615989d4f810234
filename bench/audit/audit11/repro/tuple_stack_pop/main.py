"""icalendar #60: an annotated worklist `stack: list[tuple[Component, list]]`; `comp, node = stack.pop()`.
walk: annotated (the icalendar code); walk_plain: the same without the annotation (no edge)."""


class Node:
    def __init__(self, name):
        self.name = name
        self.kids = []

    def __getitem__(self, key):
        return self.kids[key]


def make(n):
    return [n.name, []]


def walk(root):
    out = make(root)
    stack: list[tuple[Node, list]] = [(root, out)]
    while stack:
        comp, node = stack.pop()
        children = node[1]          # node is a list: no Node.__getitem__
        for kid in comp.kids:
            child = make(kid)
            children.append(child)
            stack.append((kid, child))
    return out


def walk_plain(root):
    stack = [(root, make(root))]
    comp, node = stack.pop()
    return node[1]                  # no annotation: no edge


def pair_only(p: tuple[Node, list]):
    comp, node = p
    return node[1]                  # a parameter annotated tuple[Node, list]


walk(Node("a"))
walk_plain(Node("b"))
pair_only((Node("c"), []))

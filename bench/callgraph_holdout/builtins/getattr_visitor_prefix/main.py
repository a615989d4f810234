class Node:
    def __init__(self, kind, children=()):
        self.kind = kind
        self.children = children


class Printer:
    def visit(self, node):
        method = getattr(self, "visit_" + node.kind, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for child in node.children:
            self.visit(child)

    def visit_Name(self, node):
        return node.kind


tree = Node("Module", [Node("Name")])
Printer().visit(tree)

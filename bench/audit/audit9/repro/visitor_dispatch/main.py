class Node:
    def accept_visitor(self, visitor):
        def traverse(node):
            pass

        method = getattr(visitor, "visit" + self.__class__.__name__, traverse)
        method(self)


class Code(Node):
    def declared(self):
        return ["x"]


class DefTag(Node):
    def declared(self):
        return ["f"]


class PageTag(Node):
    def declared(self):
        return ["args"]


class Identifiers:
    def __init__(self):
        self.names = []

    def visitDefTag(self, node):
        self.names += node.declared()

    def visitPageTag(self, node):
        self.names += node.declared()


def main():
    ids = Identifiers()
    for node in (Code(), DefTag(), PageTag()):
        node.accept_visitor(ids)
    print(ids.names)


main()

class Node:
    def visit(self, other: "Node"):
        return other.name()

    def name(self):
        return "node"


Node().visit(Node())

class Num:
    def __init__(self, value):
        self.value = value

    def accept(self, visitor):
        return visitor.visit_num(self)


class Add:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def accept(self, visitor):
        return visitor.visit_add(self)


class Evaluator:
    def visit_num(self, node):
        return node.value

    def visit_add(self, node):
        return node.left.accept(self) + node.right.accept(self)


class Printer:
    def visit_num(self, node):
        return str(node.value)

    def visit_add(self, node):
        return "(%s + %s)" % (node.left.accept(self), node.right.accept(self))


tree = Add(Num(1), Add(Num(2), Num(3)))
tree.accept(Evaluator())

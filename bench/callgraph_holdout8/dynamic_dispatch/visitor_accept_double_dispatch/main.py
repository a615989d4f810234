class Node:
    def accept(self, visitor):
        raise NotImplementedError


class Literal(Node):
    def __init__(self, value):
        self.value = value

    def accept(self, visitor):
        return visitor.visit_literal(self)


class Add(Node):
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def accept(self, visitor):
        return visitor.visit_add(self)


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand

    def accept(self, visitor):
        return visitor.visit_neg(self)


class Visitor:
    def visit_literal(self, node):
        raise NotImplementedError

    def visit_add(self, node):
        raise NotImplementedError

    def visit_neg(self, node):
        raise NotImplementedError


class Evaluator(Visitor):
    def visit_literal(self, node):
        return node.value

    def visit_add(self, node):
        return node.left.accept(self) + node.right.accept(self)

    def visit_neg(self, node):
        return -node.operand.accept(self)


class Printer(Visitor):
    def visit_literal(self, node):
        return str(node.value)

    def visit_add(self, node):
        return f"({node.left.accept(self)} + {node.right.accept(self)})"

    def visit_neg(self, node):
        return f"-{node.operand.accept(self)}"


tree = Add(Literal(1), Add(Literal(2), Literal(3)))
print(tree.accept(Evaluator()), tree.accept(Printer()))

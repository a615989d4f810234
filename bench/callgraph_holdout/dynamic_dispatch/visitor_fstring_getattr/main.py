class Num:
    def __init__(self, value):
        self.value = value


class Add:
    def __init__(self, left, right):
        self.left = left
        self.right = right


class Neg:
    def __init__(self, operand):
        self.operand = operand


class Evaluator:
    def visit(self, node):
        method = getattr(self, f"visit_{type(node).__name__}", self.generic_visit)
        return method(node)

    def visit_Num(self, node):
        return node.value

    def visit_Add(self, node):
        return self.visit(node.left) + self.visit(node.right)

    def generic_visit(self, node):
        raise TypeError(type(node).__name__)


def evaluate(tree):
    try:
        return Evaluator().visit(tree)
    except TypeError:
        return None


evaluate(Add(Num(1), Num(2)))
evaluate(Neg(Num(1)))

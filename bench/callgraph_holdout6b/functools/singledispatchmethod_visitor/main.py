from functools import singledispatchmethod


class Num:
    def __init__(self, value):
        self.value = value


class Add:
    def __init__(self, left, right):
        self.left, self.right = left, right


class Neg:
    def __init__(self, operand):
        self.operand = operand


class Evaluator:
    @singledispatchmethod
    def visit(self, node):
        raise TypeError(type(node).__name__)

    @visit.register
    def _(self, node: Num):
        return node.value

    @visit.register
    def _(self, node: Add):
        return self.visit(node.left) + self.visit(node.right)

    @visit.register(Neg)
    def _neg(self, node):
        return -self.visit(node.operand)


tree = Add(Num(2), Neg(Add(Num(3), Num(4))))
print(Evaluator().visit(tree))
try:
    Evaluator().visit("x")
except TypeError as error:
    print("no visit for", error)

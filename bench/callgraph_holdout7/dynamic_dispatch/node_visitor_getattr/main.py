class Num:
    def __init__(self, value):
        self.value = value


class Str:
    def __init__(self, value):
        self.value = value


class BinOp:
    def __init__(self, left, op, right):
        self.left, self.op, self.right = left, op, right


class NodeVisitor:
    def visit(self, node):
        method = "visit_" + type(node).__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        raise TypeError(f"no visit_{type(node).__name__}")


class Evaluator(NodeVisitor):
    def visit_Num(self, node):
        return node.value

    def visit_Str(self, node):
        return len(node.value)

    def visit_BinOp(self, node):
        left, right = self.visit(node.left), self.visit(node.right)
        return left + right if node.op == "+" else left * right


class Printer(NodeVisitor):
    def visit_Num(self, node):
        return str(node.value)

    def visit_BinOp(self, node):
        return f"({self.visit(node.left)} {node.op} {self.visit(node.right)})"


tree = BinOp(Num(2), "*", BinOp(Num(3), "+", Num(4)))
print(Printer().visit(tree), "=", Evaluator().visit(tree))

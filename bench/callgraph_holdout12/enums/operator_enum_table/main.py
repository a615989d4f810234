from enum import Enum


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def safe_div(a, b):
    return a / b if b else float("nan")


class Op(Enum):
    ADD = "+"
    SUB = "-"
    MUL = "*"
    DIV = "/"

    @classmethod
    def parse(cls, symbol):
        return cls(symbol)

    @property
    def precedence(self):
        return 2 if self in (Op.MUL, Op.DIV) else 1

    def apply(self, a, b):
        return IMPLEMENTATIONS[self](a, b)


IMPLEMENTATIONS = {Op.ADD: add, Op.SUB: sub, Op.MUL: mul, Op.DIV: safe_div}


def tokenize(expr):
    return expr.split()


def evaluate(expr):
    tokens = tokenize(expr)
    values, ops = [float(tokens[0])], []
    for symbol, number in zip(tokens[1::2], tokens[2::2]):
        op = Op.parse(symbol)
        if ops and ops[-1].precedence >= op.precedence:
            right = values.pop()
            values.append(ops.pop().apply(values.pop(), right))
        ops.append(op)
        values.append(float(number))
    while ops:
        right = values.pop()
        values.append(ops.pop().apply(values.pop(), right))
    return values[0]


if __name__ == "__main__":
    for expr in ["1 + 2 * 3", "8 / 0", "10 - 4 - 3"]:
        print(expr, "=", evaluate(expr))

from enum import Enum


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


class Op(Enum):
    ADD = "+"
    SUB = "-"

    def apply(self, a, b):
        return FUNCS[self](a, b)

    def symbol(self):
        return self.value


FUNCS = {Op.ADD: add, Op.SUB: sub}


def evaluate(a, sign, b):
    op = Op(sign)
    op.symbol()
    return op.apply(a, b)


evaluate(1, "+", 2)
evaluate(3, "-", 1)

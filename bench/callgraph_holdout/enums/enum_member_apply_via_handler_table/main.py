from enum import Enum, auto


def add(a, b):
    return a + b


def neg(a):
    return -a


class Op(Enum):
    ADD = auto()
    NEG = auto()

    def apply(self, *args):
        return HANDLERS[self](*args)

    def __str__(self):
        return self.name.lower()


HANDLERS = {Op.ADD: add, Op.NEG: neg}


class Calculator:
    def apply(self, op, *args):  # same name as Op.apply
        return op.apply(*args)


calc = Calculator()
calc.apply(Op.ADD, 1, 2)
calc.apply(Op.NEG, 5)
text = str(Op.ADD)

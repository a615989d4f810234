from enum import Enum
from functools import partial


def add(a, b):
    return a + b


def clamp(value, low, high):
    return max(low, min(value, high))


class Op(Enum):
    ADD = partial(add)
    SUB = partial(lambda a, b: add(a, -b))
    CLAMP = partial(clamp, low=0, high=10)

    def __call__(self, *args, **kwargs):
        return self.value(*args, **kwargs)

    def __str__(self):
        return self.name.lower()


def run(program, acc=0):
    for name, arg in program:
        acc = Op[name](acc, arg) if name != "CLAMP" else Op.CLAMP(acc)
    return acc


steps = [("ADD", 7), ("SUB", 2), ("ADD", 12), ("CLAMP", None)]
print(run(steps), [str(op) for op in Op])

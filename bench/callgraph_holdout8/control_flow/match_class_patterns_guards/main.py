from dataclasses import dataclass


@dataclass
class Num:
    value: int


@dataclass
class Name:
    id: str


@dataclass
class BinOp:
    op: str
    left: object
    right: object


def is_builtin(name):
    return name in {"pi"}


def is_small(n):
    return n < 10


def lookup(name):
    return 3 if name == "pi" else 0


def zero():
    return 0


def fold(op, a, b):
    return a * b if op == "*" else a - b


def evaluate(node, env):
    match node:
        case Num(value=v) if is_small(v):
            return v
        case Num(value=v):
            return v * 1
        case Name(id=n) if is_builtin(n):
            return lookup(n)
        case Name(id=n):
            return env[n]
        case BinOp("+", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case BinOp("*", Num(value=0), _):
            return zero()
        case BinOp(op, left, right):
            return fold(op, evaluate(left, env), evaluate(right, env))


tree = BinOp("+", Num(2), BinOp("*", Name("pi"), Name("x")))
print(evaluate(tree, {"x": 4}))

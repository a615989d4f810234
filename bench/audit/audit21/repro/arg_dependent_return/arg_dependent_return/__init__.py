"""Cause C (pyparsing #25 #45): Element.__add__ returns a _PendingSkip only when the right
operand is Ellipsis (`a + ...`), an And otherwise; the flow gives every `a + b` both, so
the next `+` of a chain without `...` reaches _PendingSkip.__add__."""


class Element:
    def __add__(self, other):
        if other is Ellipsis:
            return _PendingSkip(self)
        return And([self, other])

    def __invert__(self):
        return NotAny(self)


class Lit(Element):
    def __init__(self, text):
        self.text = text


class NotAny(Element):
    def __init__(self, expr):
        self.expr = expr


class And(Element):
    def __init__(self, exprs):
        self.exprs = exprs


class SkipTo(Element):
    def __init__(self, target):
        self.target = target


class _PendingSkip(Element):
    def __init__(self, anchor):
        self.anchor = anchor

    def __add__(self, other):
        return And([self.anchor, SkipTo(other), other])


def grammar():
    return ~Lit("(") + ~Lit(")") + Lit("x")


def skipping():
    return Lit("a") + ... + Lit("b")


def main():
    g, s = grammar(), skipping()
    return [type(e).__name__ for e in g.exprs], [type(e).__name__ for e in s.exprs]

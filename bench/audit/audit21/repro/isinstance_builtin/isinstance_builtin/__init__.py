"""Cause G (pyparsing #30): `if isinstance(other, str_type): other = Literal(other)` tests a
builtin class and rebinds the name, so the flow does not narrow `other`: every Element
added reaches Literal(match), and Literal.name's repr(self.match) seems to run
Skip.__repr__ (match is always a str)."""
str_type = (str,)


class Element:
    def __add__(self, other):
        if isinstance(other, str_type):
            other = Literal(other)
        return And(self, other)

    def __repr__(self):
        return type(self).__name__


class Literal(Element):
    def __init__(self, match):
        self.match = match

    def name(self):
        return repr(self.match)


class Skip(Element):
    def __repr__(self):
        return "..."


class And(Element):
    def __init__(self, left, right):
        self.left, self.right = left, right


def main():
    a = Literal("a") + Skip()
    b = Literal("a") + "b"
    return a.left.name(), b.right.name(), repr(a.right)

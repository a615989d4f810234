"""pyrsistent #58 (SELF-INCLUDES-BASE): `while head:` with head = self in a method of a base
class that is never instantiated; both subclasses define __bool__, but `self` is "an instance
of C or of a subclass", and C has no __bool__, so its __len__ is drawn.  Documented."""
class Base:
    """Never instantiated: only Node and Empty are made."""

    def __len__(self):
        return sum(1 for _ in self)

    def __iter__(self):
        head = self
        while head:                # Node.__bool__ / Empty.__bool__ only; never Base.__len__
            yield head.first
            head = head.rest


class Node(Base):
    def __init__(self, first, rest):
        self.first = first
        self.rest = rest

    def __bool__(self):
        return True


class Empty(Base):
    def __bool__(self):
        return False


EMPTY = Empty()
print(list(Node(1, Node(2, EMPTY))))

# pyparsing shape: fluent `return self`; x is a Leaf but x.copy() also links Other.copy
class Base:
    def set_name(self, n):
        self.n = n
        return self
    def copy(self):
        return 1
class Leaf(Base):
    pass
class Other(Base):
    def copy(self):
        return 2
def use():
    x = Leaf().set_name("a")
    x.copy()

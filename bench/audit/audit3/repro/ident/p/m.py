# attrs _make.py shape: identity helpers nested; A() also links B.__init__
def add_hash(cls):
    return cls
def add_eq(cls):
    return cls
class A:
    def __init__(self): pass
class B:
    def __init__(self): pass
A = add_hash(add_eq(A))
B = add_eq(B)
def use():
    A()

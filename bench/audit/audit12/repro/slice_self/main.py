"""SLICE-SELF (packaging #28): the slice rule alone.  `a[:2]` on an instance whose class has no
__getitem__ gives the instance back (sliced -> A.hello); `B()[1:]` on a class with __getitem__
runs no __getitem__ and gives nothing (sliced_getitem: a recall gap).
"""
class A:
    def hello(self):
        return 1


class B:
    def __getitem__(self, k):
        return A()


def sliced(a: A):
    b = a[:2]          # A has no __getitem__: TypeError at run time, b gets nothing
    return b.hello()   # no edge to A.hello expected


def sliced_getitem():
    return B()[1:].hello()   # runs B.__getitem__ with a slice, then A.hello


def indexed_getitem():
    return B()[1].hello()    # runs B.__getitem__, then A.hello

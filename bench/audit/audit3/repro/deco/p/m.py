# attrs.attrs shape: @deco(flag=True) leaves maybe_cls None, gets only `wrap`,
# yet the decoration line links A and B (classes "called")
class Builder:
    def __init__(self, cls):
        self._cls = cls
    def build(self):
        return self._cls
def deco(maybe_cls=None, flag=False):
    def wrap(cls):
        return Builder(cls).build()
    if maybe_cls is None:
        return wrap
    return wrap(maybe_cls)
@deco(flag=True)
class A:
    pass
@deco(flag=True)
class B:
    pass
def use():
    A()

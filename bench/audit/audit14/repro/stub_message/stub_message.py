# audit14 cause C, narrowed: which NotImplementedError stubs are taken as abstract.  A stub whose
# message reads self.__class__ is kept as a callee (k, and __call__ in abstract_stub.py);
# messages that are literal or format self are not.  Expected: use -> B.__call__, B.k, B.j only.
class A:
    def __call__(self, x):
        raise NotImplementedError("x %s" % self)

    def k(self):
        raise NotImplementedError("%s must override" % self.__class__)

    def j(self):
        raise NotImplementedError("%s must override" % self)


class B(A):
    def __call__(self, x):
        return 1

    def k(self):
        return 1

    def j(self):
        return 1


def use(a: A):
    a(1)
    a.k()
    a.j()

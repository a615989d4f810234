class A:
    def value(self):
        return 1


class B(A):
    pass


class C(B):
    pass


class D(C):
    pass


D().value()

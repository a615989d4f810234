class A:
    pass


class B:
    def run(self):
        return "b"


class C(A, B):
    pass


C().run()

class A:
    def run(self):
        return "a"


class B(A):
    pass


class C(B):
    def run(self):
        return super().run()


C().run()

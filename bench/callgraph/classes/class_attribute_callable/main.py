def default_factory():
    return []


class Holder:
    factory = staticmethod(default_factory)

    def make(self):
        return self.factory()


Holder().make()

class Base:
    def __init__(self):
        self.ready = True


class Child(Base):
    def check(self):
        return self.ready


Child().check()

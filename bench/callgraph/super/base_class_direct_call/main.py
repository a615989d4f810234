class Base:
    def __init__(self):
        self.x = 1


class Child(Base):
    def __init__(self):
        Base.__init__(self)


Child()

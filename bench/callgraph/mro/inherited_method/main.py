class Base:
    def greet(self):
        return "hi"


class Child(Base):
    pass


Child().greet()

class Base:
    def describe(self):
        return "base"


class Child(Base):
    def describe(self):
        return "child " + super().describe()


Child().describe()

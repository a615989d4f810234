class Base:
    def go(self):
        return 1


class Child(Base):
    def go(self):
        return super(Child, self).go()


Child().go()

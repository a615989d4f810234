class Base:
    def speak(self):
        return "base"


class Child(Base):
    def speak(self):
        return "child"


Child().speak()

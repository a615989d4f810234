# confuse #17: the base __init__ calls self.read() only `if read:`; the subclass
# always passes read=False, so Base.__init__ never calls Lazy.read (Lazy reads
# later, on demand), yet Base.__init__ -> Lazy.read is drawn.
class Base:
    def __init__(self, name, read=True):
        self.name = name
        if read:
            self.read()

    def read(self):
        return self.name


class Lazy(Base):
    def __init__(self, name):
        super().__init__(name, False)

    def read(self):
        return super().read().upper()


def main():
    return Base('a'), Lazy('b').read()

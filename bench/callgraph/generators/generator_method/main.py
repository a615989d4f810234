class Tree:
    def leaves(self):
        yield "a"
        yield "b"

    def count(self):
        return len(list(self.leaves()))


Tree().count()

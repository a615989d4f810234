class Lines:
    def __init__(self, text):
        self.text = text

    def __getitem__(self, index):
        lines = self.text.split("\n")
        if index >= len(lines):
            raise IndexError(index)
        return normalize(lines[index])


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __contains__(self, item):
        return item in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


def normalize(line):
    return line.strip()


lines = Lines(" a \n b ")
print(list(lines), "b" in lines, lines[0])
bag = Bag(1, 2)
print(2 in bag, sorted(bag), len(bag))

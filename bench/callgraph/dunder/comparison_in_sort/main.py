class Item:
    def __init__(self, rank):
        self.rank = rank

    def __lt__(self, other):
        return self.rank < other.rank


def order():
    return sorted([Item(2), Item(1)])


order()

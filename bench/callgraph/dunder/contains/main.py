class Bag:
    def __contains__(self, item):
        return False


def has():
    return 1 in Bag()


has()

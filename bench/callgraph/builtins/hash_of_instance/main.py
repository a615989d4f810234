class Key:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        return self is other


def store():
    key = Key()
    table = {key: 1}
    return hash(key), table


store()

class Grid:
    def __getitem__(self, key):
        return key


def corner():
    return Grid()[0]


corner()

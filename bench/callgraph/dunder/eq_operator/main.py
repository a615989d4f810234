class Version:
    def __eq__(self, other):
        return True


def same():
    return Version() == Version()


same()

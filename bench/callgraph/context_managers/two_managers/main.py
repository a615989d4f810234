class First:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class Second:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def both():
    with First(), Second():
        pass


both()

class Managed:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class File(Managed):
    def write(self):
        pass


def save():
    with File() as f:
        f.write()


save()

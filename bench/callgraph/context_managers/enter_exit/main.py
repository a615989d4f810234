class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def use(self):
        pass


def work():
    with Resource() as r:
        r.use()


work()

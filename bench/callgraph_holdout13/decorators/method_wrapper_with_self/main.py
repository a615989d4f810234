import functools


def transactional(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        self.begin()
        try:
            result = method(self, *args, **kwargs)
        except ValueError:
            self.rollback()
            raise
        self.commit()
        return result
    return wrapper


class Repository:
    def __init__(self):
        self.rows = {}
        self.journal = []

    def begin(self):
        self.journal.append("begin")

    def commit(self):
        self.journal.append("commit")

    def rollback(self):
        self.journal.append("rollback")

    @transactional
    def insert(self, key, value):
        check_key(key)
        self.rows[key] = value
        return key

    @transactional
    def rename(self, old, new):
        self.rows[new] = self.rows.pop(old)
        return self.insert(new + "_copy", self.rows[new])


def check_key(key):
    if not key.isidentifier():
        raise ValueError(key)


def main():
    repo = Repository()
    repo.insert("a", 1)
    repo.rename("a", "b")
    try:
        repo.insert("bad key", 2)
    except ValueError:
        pass
    print(repo.journal)


main()

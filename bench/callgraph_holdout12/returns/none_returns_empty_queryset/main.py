class QuerySet:
    def __init__(self, rows, filters=()):
        self.rows = rows
        self.filters = tuple(filters)

    def _clone(self, extra):
        return QuerySet(self.rows, self.filters + extra)

    def filter(self, **conditions):
        return self._clone(tuple(conditions.items()))

    def none(self):
        return EmptyQuerySet(self.rows)

    def count(self):
        return len(self.execute())

    def execute(self):
        return [r for r in self.rows if all(r.get(k) == v for k, v in self.filters)]


class EmptyQuerySet(QuerySet):
    def filter(self, **conditions):
        return self

    def count(self):
        return 0


class Manager:
    def __init__(self, rows):
        self.rows = rows

    def all(self):
        return QuerySet(self.rows)


def active_count(manager):
    return manager.all().filter(active=True).count()


def visible_count(manager, user_can_see):
    qs = manager.all()
    if not user_can_see:
        qs = qs.none()
    return qs.filter(active=True).count()


if __name__ == "__main__":
    users = Manager([{"name": "ada", "active": True}, {"name": "bob", "active": False}])
    print(active_count(users), visible_count(users, user_can_see=False))

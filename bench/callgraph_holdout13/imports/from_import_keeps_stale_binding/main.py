import settings
from settings import serialize


def export(rows):
    return [serialize(row) for row in rows]


def persist(rows):
    return [settings.save(row) for row in rows]


def main():
    settings.use_fast()
    rows = [{"b": 2, "a": 1}, {"z": 0}]
    print(export(rows))
    print(persist(rows))
    print(settings.serialize is serialize)


main()

import itertools


class Record:
    def __init__(self, rid, day, amount):
        self.rid = rid
        self.day = day
        self.amount = amount

    def day_key(self):
        return self.day


def counter(start):
    n = start
    while True:
        yield n
        n += 1


def make_records(days):
    ids = counter(100)
    try:
        for day, amount in days:
            yield Record(next(ids), day, amount)
    finally:
        ids.close()


def daily_totals(records):
    for day, group in itertools.groupby(records, key=Record.day_key):
        yield day, sum(r.amount for r in group)


def summarize(days):
    records = make_records(days)
    extra = itertools.chain.from_iterable([[("total", 0)], daily_totals(records)])
    return [pair for pair in extra if pair[0] != "total"]


print(summarize([("mon", 3), ("mon", 4), ("tue", 1), ("wed", 9)]))

import itertools
import operator


class Sale:
    def __init__(self, region, amount):
        self.region = region
        self.amount = amount

    def region_key(self):
        return self.region


def total(region, sales):
    return region, sum(s.amount for s in sales)


def fmt(region, amount):
    return f"{region}: {amount}"


def by_region(sale):
    return sale.region


def running(values):
    return list(itertools.accumulate(values, operator.add))


sales = [Sale("eu", 3), Sale("us", 5), Sale("eu", 4)]
ordered = sorted(sales, key=Sale.region_key)
groups = ((k, list(g)) for k, g in itertools.groupby(ordered, key=by_region))
print(list(itertools.starmap(fmt, itertools.starmap(total, groups))))
print(running([1, 2, 3]))

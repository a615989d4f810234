import functools


def lookup_rate(rates, region):
    return rates[region]


class Pricing:
    def __init__(self, rates):
        self.rates = rates

    @functools.lru_cache(maxsize=None)
    def rate(self, region):
        return lookup_rate(self.rates, region)


def price(amount, region, pricing, rounding=round):
    return rounding(amount * (1 + pricing.rate(region)), 2)


def ceil2(value, digits):
    return -(-value // 1)


pricing = Pricing({"eu": 0.2})
eu_price = functools.partial(price, region="eu", pricing=pricing)
eu_ceil = functools.partial(eu_price, rounding=ceil2)
results = list(map(eu_price, [10, 20])) + [eu_ceil(5)]
total = functools.reduce(lambda a, b: a + b, results)

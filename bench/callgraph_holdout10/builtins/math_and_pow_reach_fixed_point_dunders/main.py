"""A fixed-point price type driven by builtins and math: max, sorted, abs, pow, floor/ceil/trunc."""
import math


class Fixed:
    def __init__(self, cents):
        self.cents = cents

    def __abs__(self):
        return Fixed(abs(self.cents))

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __trunc__(self):
        return int(self.cents / 100)

    def __pow__(self, exp, mod=None):
        value = round((self.cents / 100) ** exp * 100)
        return Fixed(value % mod if mod else value)

    def __lt__(self, other):
        return self.cents < other.cents


def summarize(prices):
    top = max(prices)  # only __lt__ exists: `a > b` falls back to the reflected b.__lt__(a)
    ordered = sorted(prices, reverse=True)
    spread = abs(Fixed(ordered[-1].cents - top.cents))
    return {
        "floor": math.floor(top),
        "ceil": math.ceil(top),
        "trunc": math.trunc(spread),
        "squared": pow(top, 2).cents,
        "mod": pow(top, 2, 7).cents,
        "spread": spread.cents,
    }


prices = [Fixed(1250), Fixed(399), Fixed(-75)]
print(summarize(prices))

import functools


@functools.cache
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


def render(template, *, sep, **values):
    return sep.join(f"{k}={template(v)}" for k, v in sorted(values.items()))


def quote(v):
    return f"'{v}'"


def bare(v):
    return str(v)


as_query = functools.partial(render, bare, sep="&")
as_sql = functools.partial(functools.partial(render, quote), sep=" AND ")


def report():
    return ways(10, (5, 2, 1)), as_query(a=1, b=2), as_sql(name="x")


print(report(), report()[0], ways.cache_info().hits > 0)

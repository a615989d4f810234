def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}

    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
            return cache[args]
        stats["misses"] += 1
        cache[args] = result = fn(*args)
        return result

    def cache_info():
        return dict(stats, size=len(cache))

    def cache_clear():
        cache.clear()
        reset(stats)

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.__wrapped__ = fn
    return wrapper


def reset(counters):
    for key in counters:
        counters[key] = 0


@memoize
def edit_distance(a, b):
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


def report(fn):
    info = fn.cache_info()
    return f"{info['hits']} hits, {info['misses']} misses, {info['size']} cached"


print(edit_distance("kitten", "sitting"), report(edit_distance))
edit_distance.cache_clear()
print(edit_distance.__wrapped__("ab", "ba"), report(edit_distance))

"""A resolver cache: lru_cache'd lookups run as functools.partial jobs, with cache_clear() between."""
import functools


class Zone:
    def __init__(self, records):
        self.records = records
        self.queries = 0

    def lookup(self, name):
        self.queries += 1
        return self.records[name]


ZONE = Zone({"a.example": "10.0.0.1", "b.example": "10.0.0.2"})


def normalize(name):
    return name.lower().rstrip(".")


@functools.lru_cache(maxsize=16)
def resolve(name):
    return ZONE.lookup(normalize(name))


def warm(names, resolver):
    return [resolver(n) for n in names]


class Refresher:
    def __init__(self):
        self.jobs = []

    def schedule(self, fn, *args, **kwargs):
        self.jobs.append(functools.partial(fn, *args, **kwargs))

    def run(self):
        return [job() for job in self.jobs]


r = Refresher()
r.schedule(warm, ["a.example", "A.EXAMPLE."], resolver=resolve)
r.schedule(resolve.cache_clear)
r.schedule(warm, ["b.example", "a.example"], resolve)
print(r.run(), ZONE.queries, resolve.cache_info().hits)

def record(kind, value):
    return (kind, value)


def averager():
    total, count = 0, 0
    while True:
        value = yield
        if value is None:
            return total / count
        total += value
        count += 1
        record("seen", value)


def grouper(results, key):
    while True:
        results[key] = yield from averager()


def report(results):
    return {k: round(v, 1) for k, v in sorted(results.items())}


def main(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for value in values:
            group.send(value)
        group.send(None)
    return report(results)


print(main({"girls": [40.9, 38.5], "boys": [39.0, 40.8, 43.2]}))

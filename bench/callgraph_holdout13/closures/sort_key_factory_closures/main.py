RANKS = {"critical": 0, "high": 1, "low": 2}


def rank(level):
    return RANKS.get(level, len(RANKS))


def by_field(name, ranked=False):
    def key(item):
        value = item[name]
        return rank(value) if ranked else value
    return key


def descending(key):
    def inverted(item):
        return -key(item)
    return inverted


def chained(*keys):
    def combined(item):
        return tuple(k(item) for k in keys)
    return combined


def age_days(item):
    return 30 - item["day"]


def main():
    issues = [
        {"title": "crash", "level": "critical", "day": 3},
        {"title": "typo", "level": "low", "day": 1},
        {"title": "slow", "level": "high", "day": 3},
        {"title": "leak", "level": "high", "day": 9},
    ]
    order = chained(by_field("level", ranked=True), descending(by_field("day")), by_field("title"))
    print([i["title"] for i in sorted(issues, key=order)])
    oldest = max(issues, key=descending(age_days))
    print(oldest["title"])


main()

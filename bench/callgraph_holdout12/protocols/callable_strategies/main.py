class Threshold:
    def __init__(self, field, minimum):
        self.field = field
        self.minimum = minimum

    def __call__(self, record):
        return record[self.field] >= self.minimum


class Weighted:
    def __init__(self, **weights):
        self.weights = weights

    def __call__(self, record):
        return sum(record[k] * w for k, w in self.weights.items())


class AllOf:
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, record):
        return all(check(record) for check in self.checks)


def has_email(record):
    return "@" in record.get("email", "")


def rank(records, accept, score):
    return [r["name"] for r in sorted(filter(accept, records), key=score, reverse=True)]


if __name__ == "__main__":
    records = [
        {"name": "ada", "email": "a@x", "stars": 50, "forks": 10},
        {"name": "bob", "email": "", "stars": 80, "forks": 1},
        {"name": "cy", "email": "c@x", "stars": 5, "forks": 40},
    ]
    accept = AllOf(Threshold("stars", 5), has_email)
    print(rank(records, accept, Weighted(stars=1.0, forks=2.0)))
    print(list(map(Threshold("forks", 10), records)), callable(accept))

def parse_pairs(lines):
    for line in lines:
        if "=" in line:
            key, value = line.split("=", 1)
            yield key.strip(), convert(value.strip())


def convert(text):
    return int(text) if text.lstrip("-").isdigit() else text


def scores(results):
    for name, points in results.items():
        yield weight(name) * points, name


def weight(name):
    return 2 if name.startswith("team") else 1


def numbers(config):
    yield from (v for v in config.values() if isinstance(v, int))


def load(text):
    return dict(parse_pairs(text.splitlines()))


def best(results):
    return max(scores(results))


def total(config):
    return sum(numbers(config))


def main():
    config = load("a = 1\nb = two\n# comment\nc = -3")
    print(config, total(config))
    print(best({"ada": 9, "team-x": 5, "bob": 7}))
    print(sorted(parse_pairs(["z=1", "y=2"])))


main()

import statistics


def clean(values):
    return [v for v in values if v is not None]


def mean(values):
    return statistics.fmean(values) if values else 0.0


def spread(values):
    return max(values) - min(values) if values else 0.0


def pad(text, width=8):
    return str(text).rjust(width)


def fmt(number):
    return f"{number:.1f}"


def row(*cells):
    return "|".join(cells)


def header(names):
    return row(*(pad(n) for n in names))


def summarize(name, values):
    values = clean(values)
    return row(pad(name), pad(fmt(mean(values))), pad(fmt(spread(values))))


def table(data):
    lines = [header(["sensor", "mean", "spread"])]
    lines += [summarize(name, values) for name, values in sorted(data.items())]
    return "\n".join(lines)


def main():
    data = {"t1": [20.5, None, 22.0], "t2": [], "h1": [40, 55, None, 47]}
    print(table(data))


main()

def summarize(data):
    return f"{len(data)} keys: {join_keys(data)}"


def join_keys(data, sep=", "):
    return sep.join(sorted(data))


def split_pairs(text, sep):
    return [line.split(sep, 1) for line in text.splitlines() if sep in line]

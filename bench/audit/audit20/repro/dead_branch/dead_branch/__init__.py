"""Cause A (pathspec #5 #29): the else of an if/elif that normalize() always satisfies
(it returns a non-None segs or override) never runs, but its call is an edge."""


def unreachable(message):
    raise AssertionError(message)


def normalize(segs):
    if not segs:
        raise ValueError("empty")
    if segs == ["**"]:
        return None, ".*"
    return segs, None


def to_regex(pattern):
    segs, override = normalize(pattern.split("/"))
    if override is not None:
        regex = override
    elif segs is not None:
        regex = "/".join(segs)
    else:
        unreachable(f"{override=} and {segs=} cannot both be null")
    return regex


def main():
    return to_regex("**"), to_regex("a/b")

"""A text-processing pipeline: steps are stored with extra positional args and
applied later as step(value, *args); positional-only and keyword-only parameters."""


def strip_chars(text, chars, /):
    return text.strip(chars)


def replace_all(text, *pairs):
    for old, new in pairs:
        text = text.replace(old, new)
    return text


def wrap(text, width, /, *, marker="|"):
    return "\n".join(marker + text[i:i + width] for i in range(0, len(text), width))


class Pipeline:
    def __init__(self, *steps):
        self.steps = []
        for step in steps:
            self.add(*step)

    def add(self, fn, /, *args, **options):
        self.steps.append((fn, args, options))
        return self

    def __call__(self, value):
        for fn, args, options in self.steps:
            value = fn(value, *args, **options)
        return value


def pairs_from(spec):
    return tuple(tuple(item.split("=")) for item in spec.split(","))


clean = Pipeline((strip_chars, " *"), (replace_all, *pairs_from("a=4,e=3")))
clean.add(wrap, 5, marker="> ")
print(clean("  ** release the kraken **  "))

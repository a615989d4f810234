"""A debug logger that formats with !r, %r, repr() and ascii(), never str() or format()."""


class Token:
    def __init__(self, kind, text):
        self.kind, self.text = kind, text

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"

    def __str__(self):
        return self.text

    def __format__(self, spec):
        return format(self.text, spec)


class Span:
    def __init__(self, tokens):
        self.tokens = tokens

    def __repr__(self):
        return "Span[" + ", ".join(map(repr, self.tokens)) + "]"

    def __len__(self):
        return len(self.tokens)


class DebugLog:
    def __init__(self):
        self.lines = []

    def dump(self, label, obj):
        self.lines.append(f"{label}={obj!r}")

    def dump_old(self, label, obj):
        self.lines.append("%s=%r" % (label, obj))

    def dump_all(self, **objs):
        self.lines.append(ascii(objs))


log = DebugLog()
toks = [Token("name", "x"), Token("op", "+")]
log.dump("first", toks[0])
log.dump_old("span", Span(toks))
log.dump_all(last=toks[-1])
print("\n".join(log.lines))

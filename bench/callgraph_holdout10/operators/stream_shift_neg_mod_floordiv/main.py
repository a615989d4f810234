"""A C++-style output stream (<<) and a query template with %, unary - and //."""


class Stream:
    def __init__(self):
        self.parts = []

    def __lshift__(self, value):
        self.parts.append(render(value))
        return self

    def __str__(self):
        return "".join(self.parts)


class Template:
    def __init__(self, text):
        self.text = text

    def __mod__(self, args):
        return Template(self.text.replace("?", "{}").format(*map(quote, args)))

    def __floordiv__(self, n):
        return [Template(chunk) for chunk in split_every(self.text, n)]

    def __neg__(self):
        return Template("-- " + self.text)

    def __repr__(self):
        return f"T({self.text!r})"


def quote(value):
    return f"'{value}'" if isinstance(value, str) else str(value)


def render(value):
    return repr(value) if isinstance(value, Template) else str(value)


def split_every(text, n):
    return [text[i:i + n] for i in range(0, len(text), n)]


out = Stream()
q = Template("SELECT * FROM t WHERE a = ? AND b = ?") % ("x", 3)
out << "query: " << q << " / commented: " << -q
print(out, q // 20)

"""Django-like Q objects combined with |, & and ~ into a tree, then compiled to SQL
by a recursive visitor; __bool__ decides whether a filter is empty."""


class Q:
    def __init__(self, *children, connector="AND", negated=False, **lookups):
        self.children = list(children) + sorted(lookups.items())
        self.connector = connector
        self.negated = negated

    def _combine(self, other, connector):
        return Q(self, other, connector=connector)

    def __or__(self, other):
        return self._combine(other, "OR")

    def __and__(self, other):
        return self._combine(other, "AND")

    def __invert__(self):
        return Q(self, negated=True)

    def __bool__(self):
        return bool(self.children)


def compile_q(q):
    parts = [compile_q(c) if isinstance(c, Q) else compile_lookup(*c) for c in q.children]
    sql = f" {q.connector} ".join(parts)
    if len(parts) > 1:
        sql = f"({sql})"
    return f"NOT {sql}" if q.negated else sql


def compile_lookup(field, value):
    return f"{field} = {value!r}"


def where(q):
    return "WHERE " + compile_q(q) if q else ""


active = Q(is_active=True)
staff = Q(is_staff=True) | Q(is_superuser=True)
query = active & ~staff
print(where(query))
print(repr(where(Q())))

"""FLOW-REBIND (sqlparse #12 #30 #40), documented limit (flow-insensitive: a name holds every
value it is ever bound to).  sqlparse's FilterStack.run rebinds `stream` from token pairs to
statements and reuses the loop name `filter_` for the pre- and the statement filters.
"""
class Token:
    def __init__(self, ttype, value):
        self.ttype = ttype
        self.value = value

    def __str__(self):
        return self.value

    def repr_name(self):
        return str(self.ttype)          # ttype is a string: no Token.__str__ expected


class TokenList(Token):
    def __init__(self, tokens):
        self.tokens = tokens
        super().__init__(None, "".join(t.value for t in tokens))

    def __str__(self):
        return "".join(t.value for t in self.tokens)

    def __iter__(self):
        return iter(self.tokens)


class CaseFilter:                        # a pre filter: pairs in, pairs out
    def process(self, stream):
        for ttype, value in stream:
            yield ttype, value.upper()


class StripFilter:                       # a statement filter: statement in, statement out
    def process(self, stmt):
        return stmt


def lex(sql):
    for ch in sql:
        yield "Text", ch


def split_statements(stream):
    tokens = []
    for ttype, value in stream:          # pairs only: no TokenList.__iter__ expected
        tokens.append(Token(ttype, value))
    yield TokenList(tokens)


class Stack:
    def __init__(self):
        self.pre = []
        self.stmt = []

    def run(self, sql):
        stream = lex(sql)
        for filter_ in self.pre:         # the same loop name as below
            stream = filter_.process(stream)
        stream = split_statements(stream)  # the same name rebound to statements
        for stmt in stream:
            for filter_ in self.stmt:
                filter_.process(stmt)
            yield stmt


def split(sql):
    return [str(s) for s in Stack().run(sql)]   # TokenList.__str__ only


def fmt(sql):
    st = Stack()
    st.pre.append(CaseFilter())
    st.stmt.append(StripFilter())
    return [s.repr_name() for s in st.run(sql)]

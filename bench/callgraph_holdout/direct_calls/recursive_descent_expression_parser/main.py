def split(text):  # never called: str.split below is the string's method
    return [text]


def tokenize(text):
    return text.replace("(", " ( ").replace(")", " ) ").split()


def parse_expr(tokens):
    value = parse_term(tokens)
    while tokens and tokens[0] == "+":
        tokens.pop(0)
        value += parse_term(tokens)
    return value


def parse_term(tokens):
    value = parse_atom(tokens)
    while tokens and tokens[0] == "*":
        tokens.pop(0)
        value *= parse_atom(tokens)
    return value


def parse_atom(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        value = parse_expr(tokens)
        tokens.pop(0)
        return value
    return int(tok)


def evaluate(text):
    return parse_expr(tokenize(text))


evaluate("2 * (3 + 4)")

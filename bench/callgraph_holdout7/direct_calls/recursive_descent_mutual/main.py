import re

TOKEN = re.compile(r"\s*(\d+|[-+*/()])")


def tokenize(text):
    return TOKEN.findall(text)


def parse_expr(tokens):
    value = parse_term(tokens)
    while tokens and tokens[0] in "+-":
        op = tokens.pop(0)
        value = apply(op, value, parse_term(tokens))
    return value


def parse_term(tokens):
    value = parse_factor(tokens)
    while tokens and tokens[0] in "*/":
        op = tokens.pop(0)
        value = apply(op, value, parse_factor(tokens))
    return value


def parse_factor(tokens):
    token = tokens.pop(0)
    if token == "(":
        value = parse_expr(tokens)
        expect(tokens, ")")
        return value
    if token == "-":
        return -parse_factor(tokens)
    return int(token)


def expect(tokens, token):
    if tokens.pop(0) != token:
        raise SyntaxError(token)


def apply(op, left, right):
    return {"+": left + right, "-": left - right, "*": left * right, "/": left // right}[op]


def evaluate(text):
    return parse_expr(tokenize(text))


print(evaluate("2 * (3 + -4) - 10 / 5"))

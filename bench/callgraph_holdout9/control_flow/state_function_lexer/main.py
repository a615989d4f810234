"""A Pike-style lexer: each state function returns the next state function, and a
trampoline loop runs `while state: state = state(lexer)`. The input has no comments."""


class Lexer:
    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.tokens = []

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def emit(self, kind, value):
        self.tokens.append((kind, value))


def lex_text(lx):
    ch = lx.peek()
    if not ch:
        return None
    if ch == "#":
        return lex_comment
    if ch.isdigit():
        return lex_number
    if ch.isspace():
        lx.pos += 1
        return lex_text
    return lex_word


def lex_number(lx):
    start = lx.pos
    while lx.peek().isdigit():
        lx.pos += 1
    lx.emit("NUM", lx.text[start:lx.pos])
    return lex_text


def lex_word(lx):
    start = lx.pos
    while lx.peek() and not lx.peek().isspace():
        lx.pos += 1
    lx.emit("WORD", lx.text[start:lx.pos])
    return lex_text


def lex_comment(lx):
    while lx.peek() not in ("", "\n"):
        lx.pos += 1
    return lex_text


def tokenize(text):
    lx = Lexer(text)
    state = lex_text
    while state:
        state = state(lx)
    return lx.tokens


print(tokenize("take 12 apples and 3 pears"))

class Lexer:
    def __init__(self, text):
        self.tokens = text.split()
        self.pos = 0

    def next_token(self):
        if self.pos >= len(self.tokens):
            return None
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok


def low():
    return 1


def mid():
    return 0


def high():
    return 5


def valid(tok):
    return tok.isalnum()


def classify(tok):
    return "num" if tok.isdigit() else "word"


def scan(text):
    lexer = Lexer(text)
    kinds = []
    while (tok := lexer.next_token()) is not None:
        assert valid(tok), tok
        kinds.append(classify(tok))
    in_range = low() < mid() < high()
    return kinds, in_range


print(scan("let x 42"))

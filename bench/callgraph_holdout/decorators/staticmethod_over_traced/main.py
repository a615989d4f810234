import functools

CALLS = []


def traced(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        record(func.__name__)
        return func(*args, **kwargs)
    return wrapper


def record(name):
    CALLS.append(name)


class Parser:
    @staticmethod
    @traced
    def tokenize(text):
        return text.split()

    @classmethod
    @traced
    def from_text(cls, text):
        return cls(cls.tokenize(text))

    def __init__(self, tokens):
        self.tokens = tokens

    @traced
    def count(self):
        return len(self.tokens)


Parser.from_text("a b").count()

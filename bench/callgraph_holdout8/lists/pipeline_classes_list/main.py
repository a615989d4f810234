class Step:
    def __call__(self, tokens):
        return self.apply(tokens)

    def apply(self, tokens):
        return tokens


class Tokenize(Step):
    def __call__(self, text):
        return text.split()


class Lower(Step):
    def apply(self, tokens):
        return [t.lower() for t in tokens]


class StopWords(Step):
    def __init__(self, words=("the", "a")):
        self.words = set(words)

    def apply(self, tokens):
        return [t for t in tokens if t not in self.words]


class Stem(Step):
    def apply(self, tokens):
        return [t.rstrip("s") for t in tokens]


PIPELINE = [Tokenize, Lower, StopWords, Stem]


def build(classes):
    return [cls() for cls in classes]


def run(steps, data):
    for step in steps:
        data = step(data)
    return data


steps = build(PIPELINE)
middle = build(PIPELINE[1:3])
print(run(steps, "The cats chase a Mouse"), run(middle[::-1], ["The", "Dogs"]))

def tokenize(text):
    return text.split()


def parse(text):
    return [classify(token) for token in tokenize(text)]


def classify(token):
    return token.isalpha()

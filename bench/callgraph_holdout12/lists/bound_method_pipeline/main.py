import re


class TextCleaner:
    def __init__(self, stopwords, extra_steps=()):
        self.stopwords = set(stopwords)
        self.steps = [self.strip_tags, self.lower, self.tokenize, self.drop_stopwords]
        self.steps.extend(extra_steps)

    def strip_tags(self, text):
        return re.sub(r"<[^>]+>", " ", text)

    def lower(self, text):
        return text.lower()

    def tokenize(self, text):
        return re.findall(r"[a-z0-9']+", text)

    def drop_stopwords(self, tokens):
        return [t for t in tokens if t not in self.stopwords]

    def run(self, text):
        for step in self.steps:
            text = step(text)
        return text


def stem(tokens):
    return [strip_suffix(t) for t in tokens]


def strip_suffix(token):
    for suffix in ("ing", "ed", "s"):
        if token.endswith(suffix) and len(token) > len(suffix) + 2:
            return token[: -len(suffix)]
    return token


def dedupe(tokens):
    seen = []
    for t in tokens:
        if t not in seen:
            seen.append(t)
    return seen


if __name__ == "__main__":
    cleaner = TextCleaner(["the", "a", "of"], extra_steps=[stem, dedupe])
    cleaner.steps.insert(0, str.strip)
    print(cleaner.run("  <p>The graphs of calls, the CALLED functions</p> "))

def collapse_spaces(text):
    return " ".join(text.split())


class Query:
    def sort(self, key=None):
        raise RuntimeError("not a list")

    def append(self, item):
        raise RuntimeError("not a list")


class Cleaner:
    def __init__(self, stopwords):
        self.stopwords = set(stopwords)
        self.steps = [self.lower, collapse_spaces, self.drop_stopwords]

    def lower(self, text):
        return text.lower()

    def drop_stopwords(self, text):
        return " ".join(w for w in text.split() if w not in self.stopwords)

    def add_step(self, step):
        self.steps.append(step)

    def clean(self, text):
        for step in self.steps:
            text = step(text)
        return text


def strip_punctuation(text):
    return "".join(ch for ch in text if ch.isalnum() or ch == " ")


cleaner = Cleaner(["the", "a"])
cleaner.add_step(strip_punctuation)
words = [cleaner.clean(t) for t in ["The  Cat!", "a DOG, barks"]]
words.sort()
words.append("end")
print(words)

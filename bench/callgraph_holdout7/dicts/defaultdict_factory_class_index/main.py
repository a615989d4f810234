from collections import ChainMap, defaultdict


class Posting:
    def __init__(self):
        self.docs = []
        self.freq = 0

    def add(self, doc):
        self.freq += 1
        if doc not in self.docs:
            self.docs.append(doc)


def tokenize(text):
    return [word.strip(".,").lower() for word in text.split()]


def build_index(documents):
    index = defaultdict(Posting)
    for doc_id, text in documents.items():
        for token in tokenize(text):
            index[token].add(doc_id)
    return index


def search(index, word, synonyms):
    lookup = ChainMap(synonyms, {word: word})
    posting = index.get(lookup[word])
    return posting.docs if posting else []


docs = {1: "The cat sat.", 2: "A cat, a hat.", 3: "Hat trick"}
index = build_index(docs)
print(search(index, "kitty", {"kitty": "cat"}), search(index, "dog", {}), index["hat"].freq)

class Document:
    def __init__(self, doc_id, text):
        self.doc_id = doc_id
        self.text = text


def tokenize(text):
    return set(text.lower().split())


def score(doc, terms):
    return len(tokenize(doc.text) & terms)


def report_miss(query):
    print("no match for", query)


def record_hit(doc):
    print("hit", doc.doc_id)


def search(index, query):
    terms = tokenize(query)
    for doc in index:
        if score(doc, terms) == len(terms):
            record_hit(doc)
            yield doc
    report_miss(query)  # only reached when the caller exhausts the generator


def first_match(index, query):
    return next(search(index, query), None)


def main():
    index = [Document(1, "call graph benchmark"), Document(2, "python call graph"), Document(3, "rust")]
    hit = first_match(index, "call graph")
    print(hit.doc_id if hit else None)


if __name__ == "__main__":
    main()

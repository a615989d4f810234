import sqlite3


def slugify(text):
    return "-".join(text.lower().split())


def word_count(text):
    return len(text.split())


def shorten(text, limit=12):
    return text if len(text) <= limit else text[: limit - 1] + "~"


def by_length(a, b):
    return (len(a) > len(b)) - (len(a) < len(b))


class Longest:
    """An aggregate: sqlite3 builds one per group and calls step() and finalize()."""

    def __init__(self):
        self.best = ""

    def step(self, value):
        if len(value) > len(self.best):
            self.best = value

    def finalize(self):
        return shorten(self.best)


class Catalog:
    def __init__(self, titles):
        self.db = sqlite3.connect(":memory:")
        self.db.create_function("slug", 1, slugify, deterministic=True)
        self.db.create_function("words", 1, word_count)
        self.db.create_aggregate("longest", 1, Longest)
        self.db.create_collation("bylength", by_length)
        self.db.execute("CREATE TABLE book (title TEXT)")
        self.db.executemany("INSERT INTO book VALUES (?)", [(t,) for t in titles])

    def slugs(self):
        return [row[0] for row in self.db.execute("SELECT slug(title) FROM book WHERE words(title) > 1")]

    def longest_title(self):
        return self.db.execute("SELECT longest(title) FROM book").fetchone()[0]

    def ordered(self):
        return [row[0] for row in self.db.execute("SELECT title FROM book ORDER BY title COLLATE bylength")]


catalog = Catalog(["Dune", "The Hobbit", "A Wizard of Earthsea"])
print(catalog.slugs(), catalog.longest_title(), catalog.ordered())

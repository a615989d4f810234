class Session:
    def __init__(self, rows):
        self.rows = rows
        self.loads = 0

    def load(self, model, pk):
        self.loads += 1
        return model(**self.rows[model.__name__][pk])


SESSION = None


class ForeignKey:
    def __init__(self, target, name):
        self.target = target
        self.attr = f"_{name}_id"
        self.cache = f"_{name}_obj"

    def __get__(self, instance, owner):
        if instance is None:
            return self
        if self.cache not in instance.__dict__:
            instance.__dict__[self.cache] = SESSION.load(self.target, getattr(instance, self.attr))
        return instance.__dict__[self.cache]

    def __set__(self, instance, value):
        setattr(instance, self.attr, value.pk)
        instance.__dict__[self.cache] = value

    def __delete__(self, instance):
        setattr(instance, self.attr, None)
        instance.__dict__.pop(self.cache, None)


class Author:
    def __init__(self, pk, name):
        self.pk = pk
        self.name = name


class Book:
    author = ForeignKey(Author, "author")

    def __init__(self, title, author_id):
        self.title = title
        self._author_id = author_id


SESSION = Session({"Author": {1: {"pk": 1, "name": "Le Guin"}}})
book = Book("Earthsea", 1)
first = book.author.name
again = book.author.name
book.author = Author(2, "Pratchett")
del book.author
print(first, again, book._author_id, Book.author.target.__name__, SESSION.loads)

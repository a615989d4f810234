class Author:
    def __init__(self, id, name):
        self.id = id
        self.name = name

    @property
    def display(self):
        return self.name.upper()


class DB:
    def __init__(self):
        self.queries = 0

    def fetch_author(self, author_id):
        self.queries += 1
        return Author(author_id, "Ann")


class Post:
    def __init__(self, db, author_id):
        self.db = db
        self.author_id = author_id
        self._author = None

    @property
    def author(self) -> Author:
        if self._author is None:
            self._author = self.db.fetch_author(self.author_id)
        return self._author

    @author.setter
    def author(self, value):
        self._author = value
        self.author_id = value.id


post = Post(DB(), 7)
post.author.display
post.author = Author(8, "Bo")

class Session:
    def __init__(self, tables):
        self.tables = tables
        self.identity = {}
        self.queries = 0

    def get(self, model, pk):
        key = (model.__name__, pk)
        if key not in self.identity:
            self.queries += 1
            self.identity[key] = model(self, **self.tables[model.__name__][pk])
        return self.identity[key]


class Model:
    def __init__(self, session, **fields):
        self.session = session
        self.__dict__.update(fields)


class User(Model):
    @property
    def display(self):
        return self.name.title()


class Post(Model):
    @property
    def author(self):
        return self.session.get(User, self.author_id)

    @property
    def byline(self):
        return f"{self.title} by {self.author.display}"


class Comment(Model):
    @property
    def post(self):
        return self.session.get(Post, self.post_id)

    @property
    def thread_title(self):
        return self.post.byline


if __name__ == "__main__":
    session = Session({
        "User": {1: {"name": "ada lovelace"}},
        "Post": {7: {"title": "Engines", "author_id": 1}},
        "Comment": {3: {"post_id": 7, "text": "+1"}},
    })
    comment = session.get(Comment, 3)
    print(comment.thread_title, comment.post.author.display, session.queries)

class Model:
    registry = []

    def __init__(self, **fields):
        self.fields = fields
        self.saved = False

    @classmethod
    def create(cls, **fields):
        obj = cls(**fields)
        obj.save()
        return obj

    def save(self):
        self.saved = True
        Model.registry.append(self)


def audit(event, cls):
    return f"{event}:{cls.__name__}"


class Audited(Model):
    @classmethod
    def create(cls, **fields):
        audit("create", cls)
        return super().create(**fields)


class Article(Audited):
    def save(self):
        self.fields.setdefault("slug", self.fields["title"].lower().replace(" ", "-"))
        super().save()


class Comment(Model):
    pass


post = Article.create(title="Hello World")
note = Comment.create(body="hi")
print(post.fields, note.saved, len(Model.registry))

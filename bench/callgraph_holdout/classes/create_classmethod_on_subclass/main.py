class Model:
    def __init__(self, **fields):
        self.fields = fields

    @classmethod
    def create(cls, **fields):
        obj = cls(**fields)
        obj.validate()
        obj.save()
        return obj

    def validate(self):
        return True

    def save(self):
        return store(self)


class Article(Model):
    def validate(self):
        return "title" in self.fields

    def publish(self):
        return self.save()


def store(obj):
    return id(obj)


article = Article.create(title="hi")
article.publish()

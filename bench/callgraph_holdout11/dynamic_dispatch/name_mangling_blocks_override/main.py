class Model:
    def save(self):
        self.__validate()
        self._before_save()
        return self.__write()

    def __validate(self):
        if not self.fields():
            raise ValueError("empty")

    def __write(self):
        return f"saved {type(self).__name__} {self.fields()}"

    def _before_save(self):
        pass

    def fields(self):
        return dict(vars(self))


class Article(Model):
    def __init__(self, title, body):
        self.title = title
        self.body = body

    def __validate(self):
        # meant to override Model.__validate, but the name is mangled to _Article__validate
        if len(self.title) > 10:
            raise ValueError("title too long")

    def _before_save(self):
        self.title = self.title.strip()


class Comment(Model):
    def __init__(self, text):
        self.text = text

    def fields(self):
        return {"text": self.text[:20]}


print(Article("  A very long headline ", "text").save())
print(Comment("nice").save())

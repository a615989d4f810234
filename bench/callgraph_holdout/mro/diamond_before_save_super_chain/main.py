def persist(obj):
    return obj.__dict__


def slugify(s):
    return s.lower()


class Model:
    def save(self):
        self.before_save()
        return persist(self)

    def before_save(self):
        pass


class TimestampMixin(Model):
    def before_save(self):
        self.touch()
        super().before_save()

    def touch(self):
        self.updated = 1


class SlugMixin(Model):
    def before_save(self):
        self.slug = slugify(self.title)
        super().before_save()


class Article(TimestampMixin, SlugMixin):
    def __init__(self, title):
        self.title = title


Article("Hi").save()

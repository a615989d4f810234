class Options:
    def __init__(self, meta, name):
        self.ordering = getattr(meta, "ordering", ())
        self.verbose_name = getattr(meta, "verbose_name", name.lower())


class Model:
    class Meta:
        pass

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._meta = Options(cls.Meta, cls.__name__)

    def __init__(self, **fields):
        self.__dict__.update(fields)

    @classmethod
    def sort(cls, rows):
        key = cls._meta.ordering[0] if cls._meta.ordering else "pk"
        return sorted(rows, key=lambda row: getattr(row, key))


class Article(Model):
    class Meta:
        ordering = ("title",)
        verbose_name = "news article"

        @staticmethod
        def describe():
            return "articles sorted by title"


class Tag(Model):
    pass


rows = [Article(pk=2, title="b"), Article(pk=1, title="a")]
print([r.title for r in Article.sort(rows)], Article._meta.verbose_name, Article.Meta.describe())
print(Tag._meta.verbose_name, [t.pk for t in Tag.sort([Tag(pk=3), Tag(pk=1)])])

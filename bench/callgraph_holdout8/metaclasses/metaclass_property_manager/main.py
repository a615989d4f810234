class Manager:
    def __init__(self, model):
        self.model = model

    def where(self, **criteria):
        return [row for row in self.model._rows if all(row.get(k) == v for k, v in criteria.items())]

    def create(self, **fields):
        obj = self.model(**fields)
        self.model._rows.append(fields)
        return obj


class ModelMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls._rows = []
        return cls

    @property
    def objects(cls):
        return Manager(cls)

    def __repr__(cls):
        return f"<model {cls.__name__}>"

    def __len__(cls):
        return len(cls._rows)


class Model(metaclass=ModelMeta):
    def __init__(self, **fields):
        self.__dict__.update(fields)


class Article(Model):
    def publish(self):
        self.draft = False


Article.objects.create(title="a", draft=False)
Article.objects.create(title="b", draft=True)
print(Article.objects.where(draft=False), repr(Article), len(Article))

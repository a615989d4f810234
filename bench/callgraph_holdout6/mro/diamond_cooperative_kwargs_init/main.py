class Base:
    def __init__(self, **kwargs):
        self.options = kwargs

    def describe(self):
        return ["base"]


class Timestamped(Base):
    def __init__(self, created=0, **kwargs):
        super().__init__(**kwargs)
        self.created = created

    def describe(self):
        return ["timestamped"] + super().describe()


class Owned(Base):
    def __init__(self, owner="root", **kwargs):
        super().__init__(**kwargs)
        self.owner = owner

    def describe(self):
        return ["owned"] + super().describe()


class Document(Timestamped, Owned):
    def __init__(self, title, **kwargs):
        super().__init__(**kwargs)
        self.title = title

    def describe(self):
        return [self.title] + super().describe()


class Note(Owned):
    pass


doc = Document("spec", created=5, owner="ada", color="red")
print(doc.describe(), doc.options)
print(Note(owner="bob").describe())

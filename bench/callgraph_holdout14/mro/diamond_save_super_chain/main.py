def clock():
    return "2024-01-01T00:00"


def slugify(title):
    return title.lower().replace(" ", "-")


def record_audit(obj):
    obj.log.append(f"audit:{type(obj).__name__}")


def persist(obj):
    return dict(obj.fields)


class Model:
    def __init__(self, **fields):
        self.fields = fields
        self.log = []

    def save(self):
        self.log.append("model")
        return persist(self)


class TimestampMixin(Model):
    def save(self):
        self.fields["updated"] = clock()
        return super().save()


class AuditMixin(Model):
    def save(self):
        record_audit(self)
        return super().save()


class Article(TimestampMixin, AuditMixin):
    def save(self):
        self.fields["slug"] = slugify(self.fields["title"])
        return super().save()


draft = Article(title="Hello World")
print(draft.save(), draft.log, [c.__name__ for c in Article.__mro__])
print(AuditMixin(title="x").save())

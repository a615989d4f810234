class ValidationError(ValueError):
    def __init__(self, field, reason):
        super().__init__(field)
        self.field = field
        self.reason = reason

    @classmethod
    def missing(cls, field):
        return cls(field, "missing")

    def __str__(self):
        return self.field + " " + self.reason


def check(data):
    if "name" not in data:
        raise ValidationError.missing("name")


try:
    check({})
except ValidationError as error:
    message = str(error)

class Schema:
    def __init__(self, fields):
        self.fields = fields

    def check(self, data):
        return all(name in data for name in self.fields)


def make_validator(schema):
    def validate(data):
        if not schema.check(data):
            raise ValueError(data)
        return data

    return validate


validators = {"user": make_validator(Schema(["name"]))}
validators["user"]({"name": "x"})

class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message

    def __str__(self):
        return f"{self.field}: {self.message}"


class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")


class NotFound(Exception):
    def __str__(self):
        return "not found"


def require(data, field):
    if field not in data:
        raise MissingField(field)
    return data[field]


def check_age(data):
    age = require(data, "age")
    if not 0 < age < 150:
        raise ValidationError("age", f"{age} out of range")
    return age


def validate(data, checks):
    errors = []
    for check in checks:
        try:
            check(data)
        except ValidationError as error:
            errors.append(error)
    return "; ".join(map(str, errors)) or "ok"


print(validate({"age": 200}, [check_age, lambda d: require(d, "email")]))

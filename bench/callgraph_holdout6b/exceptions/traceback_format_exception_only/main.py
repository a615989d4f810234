import contextlib
import traceback


class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field, self.problem = field, problem

    def __str__(self):
        return describe(self.field, self.problem)


def describe(field, problem):
    return f"{field}: {problem}"


class Missing(KeyError):
    pass


def validate(data):
    if "name" not in data:
        raise ValidationError("name", "required")
    return data["name"]


def lookup(data, key):
    if key not in data:
        raise Missing(key)
    return data[key]


def safe_validate(data):
    try:
        return validate(data)
    except ValidationError as error:
        return traceback.format_exception_only(type(error), error)[-1].strip()


print(safe_validate({}), safe_validate({"name": "ada"}))
with contextlib.suppress(KeyError):
    lookup({}, "age")
print("suppressed")

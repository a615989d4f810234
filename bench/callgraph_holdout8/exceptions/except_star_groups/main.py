class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "required")


class RemoteError(Exception):
    pass


REPORTED = []


def check_name(data):
    if "name" not in data:
        raise MissingField("name")


def check_age(data):
    if data.get("age", 0) < 0:
        raise ValidationError("age", "negative")


def check_remote(data):
    raise RemoteError("timeout")


def validate(data, checks):
    errors = []
    for check in checks:
        try:
            check(data)
        except Exception as exc:
            errors.append(exc)
    if errors:
        raise ExceptionGroup("invalid", errors)


def report(field):
    REPORTED.append(field)


def retry_later(exc):
    REPORTED.append(f"retry {exc}")


def on_key_error():
    REPORTED.append("key")


def submit(data):
    try:
        validate(data, [check_name, check_age, check_remote])
    except* ValidationError as group:
        for exc in group.exceptions:
            report(exc.field)
    except* RemoteError as group:
        retry_later(group.exceptions[0])
    except* KeyError:
        on_key_error()


submit({"age": -1})
print(REPORTED)

import re


def strip_spaces(value):
    return value.strip()


def check_pattern(value, pattern):
    return re.fullmatch(pattern, value) is not None


def legacy_check(value):
    return len(value) > 3


class Field:
    pattern = r".+"

    def __init__(self, name):
        self.name = name

    def clean(self, value):
        return strip_spaces(value)

    def validate(self, value):
        return legacy_check(value)

    def run(self, raw):
        value = self.clean(raw)
        return value if self.validate(value) else None

    def validate(self, value):  # the later definition replaces the first one
        return check_pattern(value, self.pattern)


class EmailField(Field):
    pattern = r"[^@]+@[^@]+"

    def clean(self, value):
        return super().clean(value).lower()


def main():
    fields = [Field("name"), EmailField("email")]
    print([f.run(v) for f, v in zip(fields, [" Ada ", " ADA@X.ORG "])])


main()

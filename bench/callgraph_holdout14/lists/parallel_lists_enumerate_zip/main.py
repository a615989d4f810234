def check_length(value):
    return len(value) >= 3


def check_email(value):
    return "@" in value and "." in value.split("@")[-1]


def check_age(value):
    return value.isdigit() and 0 < int(value) < 130


FIELDS = ["name", "email", "age"]
CHECKS = [check_length, check_email, check_age]
MESSAGES = ["too short", "not an email", "not an age"]


def validate(values):
    errors = []
    for i, (field, check, message) in enumerate(zip(FIELDS, CHECKS, MESSAGES)):
        if not check(values[i]):
            errors.append(f"{i}:{field}: {message}")
    return errors


def normalize(values):
    cleaners = [str.strip, str.lower, str.strip]
    return [clean(v) for clean, v in zip(cleaners, values)]


def validate_all(rows):
    return {row[0]: validate(normalize(row)) for row in rows}


rows = [[" Ada ", "ADA@EXAMPLE.ORG", "36"], ["Bo", "bo-at-example", "200"]]
for name, errors in validate_all(rows).items():
    print(name.strip(), errors or "ok")

import json


def read_json(text):
    return json.loads(text)


def write_json(data):
    return json.dumps(data, sort_keys=True)


def audit(action, key):
    return f"{action}:{key}"


def check_email(value):
    return "@" in value and value == value.strip().lower()


def fix_email(value):
    return value.strip().lower()


def check_age(value):
    return isinstance(value, int) and value >= 0


def fix_age(value):
    return abs(int(value))


RULES = {"email": (check_email, fix_email), "age": (check_age, fix_age)}


def clean(record):
    for name, (check, fix) in RULES.items():
        if not check(record[name]):
            record[name] = fix(record[name])
    return record


def main():
    (load, save), log = (read_json, write_json), audit
    record = load('{"email": " ADA@X.ORG", "age": -3}')
    cleaned = clean(record)
    first, (second, third) = save, (log, print)
    third(first(cleaned), second("saved", "user"))


main()

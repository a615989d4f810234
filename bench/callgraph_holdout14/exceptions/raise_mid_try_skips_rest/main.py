"""The first failing step ends the try body: the steps after it never run."""


class ImportFailed(Exception):
    pass


def parse(row):
    name, age = row.split(",")
    return {"name": name.strip(), "age": int(age)}


def validate(record):
    if record["age"] < 0:
        raise ValueError(f"negative age for {record['name']}")
    return record


def save(db, record):
    db.append(record)


def notify_saved(record):
    print("saved", record["name"])


def report(row, exc):
    return f"skipped {row!r}: {exc}"


def import_rows(db, rows):
    problems = []
    for row in rows:
        try:
            record = parse(row)
            validate(record)
            save(db, record)
            notify_saved(record)
        except ValueError as exc:
            problems.append(report(row, exc))
    if len(problems) == len(rows):
        raise ImportFailed(problems)
    return problems


db = []
try:
    import_rows(db, ["bob, -1", "carl, x", "dan"])
except ImportFailed as err:
    print("all failed:", err, db)

def normalize(s):
    return s.lower()


def slugify(s):
    return normalize(s).replace(" ", "-")


def dumps(obj):
    return "<" + obj + ">"


def legacy_slugify(s):
    return s.replace(" ", "_")

def slugify(value):
    return "-".join(lower_words(value))


def lower_words(value):
    return value.lower().split()

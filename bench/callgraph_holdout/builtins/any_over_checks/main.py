def is_empty(text):
    return not text


def is_long(text):
    return len(text) > 3


CHECKS = (is_empty, is_long)


def invalid(text):
    return any(check(text) for check in CHECKS)


invalid("abcdef")

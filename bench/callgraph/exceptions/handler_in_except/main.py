def parse(text):
    return int(text)


def recover():
    return 0


def safe_parse(text):
    try:
        return parse(text)
    except ValueError:
        return recover()


safe_parse("x")

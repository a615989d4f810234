def deprecated(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


def parse(s):
    return s


parse = deprecated(parse)
parse("x")

# ftfy #1 #39 #47: a private helper looks a table up by a key its callers pass
# as literal strings; only "a" and "b" are ever passed, never "c".
def fa(s):
    return s


def fb(s):
    return s


def fc(s):
    return s


TABLE = {"a": fa, "b": fb, "c": fc}


def _try(name, s):
    return TABLE[name](s)


def run(s):
    s = _try("a", s)
    for n in ["b"]:
        s = _try(n, s)
    return s


def apply(name, s):
    # the public entry point that can reach every entry
    return TABLE[name](s)

# structlog _make_stamper: two defs of `now` under if/else on utc, and the closure
# returned also depends on utc (flow-insensitive: `now` holds both).
# False edge: main.make.local_stamp -> main.make.now (the utc one).
def make(utc):
    if utc:
        def now():
            return "utc"
    else:
        def now():
            return "local"

    def local_stamp():
        return now() + "L"

    def utc_stamp():
        return now() + "U"

    if utc:
        return utc_stamp
    return local_stamp


make(True)()
make(False)()

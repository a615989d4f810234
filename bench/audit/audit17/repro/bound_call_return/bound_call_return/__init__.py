# h11 #31 #49 (cause A): a method returns `io_dict.get(key)` of its dict parameter and
# is called twice as `self._get(..., WRITERS)` and `self._get(..., READERS)`.  The
# README says such a function gives each call what its own argument holds ("h11's
# `return io_dict.get(key)`", "`r = pick(READERS, k)` and `w = pick(WRITERS, k)`
# apart"); for a bound call `self._get(...)` the two are merged, so recv reaches
# write_a and send reaches read_a.  The same body as a module function
# `pick(io_dict, role)` called by name keeps them apart (see README.txt).
def read_a(buf):
    return buf


def write_a(ev, write):
    write(ev)


READERS = {("c", 1): read_a}
WRITERS = {("c", 1): write_a}


class Conn:
    def __init__(self):
        self._writer = self._get("c", WRITERS)
        self._reader = self._get("c", READERS)

    def _get(self, role, io_dict):
        return io_dict.get((role, 1))

    def recv(self, buf):
        return self._reader(buf)

    def send(self, ev):
        out = []
        self._writer(ev, out.append)
        return out


def main():
    return Conn().recv(b"a"), Conn().send("e")

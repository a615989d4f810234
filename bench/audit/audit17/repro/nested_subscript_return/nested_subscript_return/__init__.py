# h11 #47 #57 #59 (cause B): a function returns the call of an element of an element
# of its dict parameter (`io_dict[BODY]["x"]()`, h11's
# `io_dict[SEND_BODY][framing_type](*args)`).  Even called by name from one function
# with WRITERS and READERS, the two results are merged: w(...) and r(...) each reach
# both BodyReader.__call__ and BodyWriter.__call__.  (In h11 the function is also a
# method, cause A.)
BODY = "body"


class BodyReader:
    def __call__(self, buf):
        return buf


class BodyWriter:
    def __call__(self, ev, write):
        write(ev)


READERS = {BODY: {"x": BodyReader}}
WRITERS = {BODY: {"x": BodyWriter}}


def pick(role, io_dict):
    return io_dict[BODY]["x"]()


def main():
    w = pick("c", WRITERS)
    r = pick("c", READERS)
    out = []
    w("e", out.append)
    return r(b"a"), out

"""h11 #13 #26 #27 (CTX-TABLE-HELPER): Connection._get_io_object(role, event, io_dict) returns
io_dict.get((role, state)) and is called with READERS and with WRITERS; the reader gets the
writers and the writer the readers.  The per-call element rule of the README covers
`return p[k]` (sub_reader / sub_writer: right) but not `return p.get(k)` (get_reader /
get_writer: both functions at each call)."""
def read_a(buf):
    return "a"


def write_a(ev, write):
    write(ev)


READERS = {"idle": read_a}
WRITERS = {"idle": write_a}


def pick_get(table, key):
    return table.get(key)


def pick_sub(table, key):
    return table[key]


def get_reader():
    r = pick_get(READERS, "idle")
    r("buf")                                  # read_a only


def get_writer():
    w = pick_get(WRITERS, "idle")
    w("ev", print)                            # write_a only


def sub_reader():
    r = pick_sub(READERS, "idle")
    r("buf")                                  # read_a only


def sub_writer():
    w = pick_sub(WRITERS, "idle")
    w("ev", print)                            # write_a only


get_reader()
get_writer()
sub_reader()
sub_writer()

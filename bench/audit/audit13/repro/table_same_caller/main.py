"""The per-call element rule breaks when one function calls the helper twice (h11 makes both
calls in Connection.__init__ and in _respond_to_state_changes): `direct` and `stored` get both
functions at each call; stored_one, with one call, is right.  BUG (the README: "gives each
call its own argument's element")."""
def read_a(buf):
    return "a"


def write_a(ev, write):
    write(ev)


READERS = {"idle": read_a}
WRITERS = {"idle": write_a}


def pick_sub(table, key):
    return table[key]


def direct():
    pick_sub(READERS, "idle")("buf")          # read_a only
    pick_sub(WRITERS, "idle")("ev", print)    # write_a only


def stored():
    r = pick_sub(READERS, "idle")
    r("buf")                                  # read_a only
    w = pick_sub(WRITERS, "idle")
    w("ev", print)                            # write_a only


def stored_one():
    r = pick_sub(READERS, "idle")
    r("buf")                                  # read_a only (the only call in this function)


direct()
stored()
stored_one()
pick_sub(WRITERS, "idle")

def first():
    return 1


def second():
    return 2


def make_switch():
    current = first

    def flip():
        nonlocal current
        current = second

    def call():
        return current()

    return flip, call


flip, call = make_switch()
call()
flip()
call()

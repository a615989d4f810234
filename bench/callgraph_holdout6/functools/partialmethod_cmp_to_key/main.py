from functools import cmp_to_key, partialmethod


class Switch:
    def __init__(self, name):
        self.name = name
        self.state = False

    def set_state(self, value, reason=""):
        self.state = value
        return notify(self.name, value, reason)

    turn_on = partialmethod(set_state, True)
    turn_off = partialmethod(set_state, False, reason="manual")


def notify(name, value, reason):
    return f"{name}={'on' if value else 'off'} {reason}".strip()


def compare_versions(a, b):
    pa, pb = parse(a), parse(b)
    return (pa > pb) - (pa < pb)


def parse(version):
    return tuple(int(p) for p in version.split("."))


s = Switch("lamp")
print(s.turn_on(), s.turn_off())
print(sorted(["1.10.0", "1.2.0", "1.9.3"], key=cmp_to_key(compare_versions)))

"""SLICE-SELF (packaging #28), BUG (undocumented), entered through NO-NARROWING (documented).
`s if isinstance(s, Spec) else Spec(s)` sends a Spec into Spec(spec: str); `spec[:2]` on a Spec
(no __getitem__) is taken to give the Spec itself, so self._spec[0] holds a Spec and
`op == '==='` seems to run Spec.__eq__ (packaging's Specifier._canonical_spec -> Requirement.__eq__).
"""
class Spec:
    def __init__(self, spec: str = ""):
        spec = spec.strip()
        op, ver = spec[:2], spec[2:]
        self._spec = (op, ver)

    def __eq__(self, other):
        return isinstance(other, Spec) and self._spec == other._spec

    def canonical(self):
        op, ver = self._spec
        if op == "===":          # op is a str: no edge to Spec.__eq__ expected
            return ver
        return op + ver


def make_all(specs):
    return tuple([s if isinstance(s, Spec) else Spec(s) for s in specs])


def main():
    make_all([Spec(">=1"), "<2"])
    return Spec("==3").canonical()

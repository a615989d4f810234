"""NO-NARROWING (packaging #12), documented limit (isinstance narrowing not followed; flow-
insensitive): `str(other)` under `if isinstance(other, str):` seems to run Spec.__str__.
"""
class Spec:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return self.text

    def __eq__(self, other):
        if isinstance(other, str):
            other = Spec(str(other))       # other is a str here: no Spec.__str__ expected
        elif not isinstance(other, Spec):
            return NotImplemented
        return self.text == other.text


def main():
    return Spec("a") == Spec("b"), Spec("a") == "a"

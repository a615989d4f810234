"""The checks every decoder of stored data runs over arrays: exact types, checked
for all items at once (a subclass, a ``bool`` for an ``int``, a nil where none may
be: refused)."""

from __future__ import annotations

import pytest

from repoagent.packed import ints, optional_strings, strings


class _Text(str):
    pass


@pytest.mark.parametrize(("check", "good", "bad"), [
    (strings, [(), ("a", ""), ("x",) * 1000], [["a"], ("a", 1), ("a", None), (_Text("a"),), ("a", b"b"), "ab", None]),
    (ints, [(), (0, -1, 2**40)], [[1], (1, True), (1, 1.0), (1, "1"), (None,), 1]),
    (optional_strings, [(), ("a", None), (None,)], [["a"], ("a", 1), (_Text("a"), None), (False,), "a"]),
])
def test_an_array_of_exactly_the_type_or_a_type_error(check, good, bad) -> None:  # type: ignore[no-untyped-def]
    for value in good:
        assert check(value) is value
    for value in bad:
        with pytest.raises(TypeError):
            check(value)

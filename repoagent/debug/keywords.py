"""Misspelled keywords: a word one or two keystrokes from a Python keyword.

``beak``, ``retrun x``, ``contine``, ``esle:``, ``whlie x:``, ``flase``, ``Nnoe``:
a slip of the fingers turns a keyword into a name. At run time it is a name that
nothing binds (``NameError``); in a header it is a syntax error. The distance is
Damerau-Levenshtein (a transposition counts one edit), compared without case
(``Ture`` is one edit from ``True``, ``flase`` one from ``False`` plus its case),
and allowed to be two only for longer keywords, so short names (``i``, ``fi``
aside) are not read as keywords. Which keyword fits is for the caller to say (a
statement of its own, a value) or for the compiler to check (a header).
"""

from __future__ import annotations

import keyword

VALUES = ("True", "False", "None")
"""Keywords that are values: what a misspelled name in an expression may be."""
BARE_STATEMENTS = ("break", "continue", "pass", "return")
"""Keywords that are a whole statement on their own."""


def misspelled(word: str, candidates: tuple[str, ...] | list[str] = tuple(keyword.kwlist)) -> list[str]:
    """The ``candidates`` (keywords) ``word`` is a slip of, nearest first; none when
    ``word`` is itself a keyword or too far from every one."""
    if keyword.iskeyword(word) or len(word) < 2:
        return []
    found = []
    for target in candidates:
        allowed = 1 if len(target) <= 4 else 2
        if len(word) == 2 and sorted(word) != sorted(target.lower()):
            continue  # two letters: only a transposition ('fi' for 'if'), else every 'x1' is a keyword
        distance = _distance(word.lower(), target.lower(), allowed)
        if distance <= allowed:
            found.append((distance, target))
    return [target for _, target in sorted(found)]


def _distance(a: str, b: str, bound: int) -> int:
    """Damerau-Levenshtein distance (optimal string alignment), or ``bound + 1``
    as soon as it is certainly above ``bound``."""
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > bound:
            return bound + 1
        previous2, previous = previous, current
    return previous[-1]

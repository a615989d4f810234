"""Self-written buggy programs, one per DebugBench subtype, with the tests that judge them.

Each entry is (subtype, buggy code, fixed code, function name, cases). The test
code prints ``passed X/Y`` (what the bench judge prints) so the session sees
partial progress, and exits non-zero on any failure.
"""

from __future__ import annotations

import json


def judge_script(function: str, cases: list[tuple[tuple, object]]) -> str:
    """A test script for ``function`` in solution.py over ``cases``."""
    return (
        "import traceback\n"
        "from solution import *\n"
        f"cases = {cases!r}\n"
        "ok = 0\n"
        "for args, want in cases:\n"
        "    try:\n"
        f"        got = {function}(*args)\n"
        "    except Exception:\n"
        "        traceback.print_exc()\n"
        "        continue\n"
        "    if got == want:\n"
        "        ok += 1\n"
        "    else:\n"
        f"        print(f'{function}{{args}} returned {{got!r}}, expected {{want!r}}')\n"
        "print(f'passed {ok}/{len(cases)}')\n"
        "raise SystemExit(0 if ok == len(cases) else 1)\n"
    )


ADD = [((1, 2), 3), ((5, 5), 10), ((0, 7), 7)]
POSITIVES = [(([1, -2, 3],), 2), (([-1, -2],), 0), (([4, 5, 6, 0],), 3)]
LAST = [(([1, 2, 3],), 3), (([7],), 7), (([4, 9],), 9)]
IN_RANGE = [((5, 1, 5),  True), ((0, 1, 5), False), ((1, 1, 5), True), ((6, 1, 5), False)]

PROGRAMS: list[tuple[str, str, str, str, list]] = [
    ("missing colons", "def add(a, b)\n    return a + b\n", "def add(a, b):\n    return a + b\n", "add", ADD),
    ("unclosed parentheses", "def add(a, b):\n    return sum((a, b)\n", "def add(a, b):\n    return sum((a, b))\n", "add", ADD),
    ("illegal indentation",
     "def positives(xs):\n    n = 0\n    for x in xs:\n        if x > 0:\n            n += 1\n        return n\n",
     "def positives(xs):\n    n = 0\n    for x in xs:\n        if x > 0:\n            n += 1\n    return n\n", "positives", POSITIVES),
    ("unclosed string", "def greet(name):\n    return 'hi ' + name + '!\n", "def greet(name):\n    return 'hi ' + name + '!'\n",
     "greet", [(("ann",), "hi ann!"), (("bo",), "hi bo!")]),
    ("illegal comment", "def add(a, b):\n    // add them\n    return a + b\n", "def add(a, b):\n    return a + b\n", "add", ADD),
    ("misused == or =", "def is_even(n):\n    if n % 2 = 0:\n        return True\n    return False\n",
     "def is_even(n):\n    if n % 2 == 0:\n        return True\n    return False\n", "is_even", [((2,), True), ((3,), False), ((0,), True)]),
    ("faulty indexing", "def last(xs):\n    return xs[len(xs)]\n", "def last(xs):\n    return xs[len(xs) - 1]\n", "last", LAST),
    ("undefined objects", "def add(a, b):\n    total = a + b\n    return totl\n", "def add(a, b):\n    total = a + b\n    return total\n", "add", ADD),
    ("undefined methods", "def evens(xs):\n    out = []\n    for x in xs:\n        if x % 2 == 0:\n            out.push(x)\n    return out\n",
     "def evens(xs):\n    out = []\n    for x in xs:\n        if x % 2 == 0:\n            out.append(x)\n    return out\n",
     "evens", [(([1, 2, 4],), [2, 4]), (([3],), [])]),
    ("illegal keywords", "def first(xs):\n    if len(xs) == 0:\n        return null\n    return xs[0]\n",
     "def first(xs):\n    if len(xs) == 0:\n        return None\n    return xs[0]\n", "first", [(([],), None), (([3, 4],), 3)]),
    ("condition error", "def in_range(x, lo, hi):\n    return lo <= x < hi\n", "def in_range(x, lo, hi):\n    return lo <= x <= hi\n", "in_range", IN_RANGE),
    ("operation error", "def add(a, b):\n    return a - b\n", "def add(a, b):\n    return a + b\n", "add", ADD),
    ("variable error", "def biggest(a, b):\n    if a > b:\n        return b\n    return b\n",
     "def biggest(a, b):\n    if a > b:\n        return a\n    return b\n", "biggest", [((1, 2), 2), ((5, 3), 5), ((4, 4), 4)]),
    ("other error", "def positives(xs):\n    n = 1\n    for x in xs:\n        if x > 0:\n            n += 1\n    return n\n",
     "def positives(xs):\n    n = 0\n    for x in xs:\n        if x > 0:\n            n += 1\n    return n\n", "positives", POSITIVES),
    ("double", "def add(a, b)\n    return a - b\n", "def add(a, b):\n    return a + b\n", "add", ADD),
    ("triple", "def positives(xs)\n    n = 0\n    for x in xs:\n        if x >= 0:\n            n += 1\n    return m\n",
     "def positives(xs):\n    n = 0\n    for x in xs:\n        if x > 0:\n            n += 1\n    return n\n", "positives", POSITIVES),
    # Repairs for what DebugBench's comment bugs lose: a return's value, a string
    # turned into a comment opener, and a method body whose tail lost a level.
    ("illegal comment", "def total(xs):\n    s = 0\n    for x in xs:\n        s += x\n    return\n",
     "def total(xs):\n    s = 0\n    for x in xs:\n        s += x\n    return s\n", "total", [(([1, 2],), 3), (([],), 0)]),
    ("illegal comment", "def glue(words):\n    joined = /*.join(words)\n    return joined\n",
     "def glue(words):\n    joined = ''.join(words)\n    return joined\n", "glue", [((["a", "b"],), "ab"), (([],), "")]),
    ("illegal indentation",
     "class Solution:\n    def count(self, xs):\n        n = 0\n    for x in xs:\n        n += 1\n    return n\n\n\ndef count(xs):\n    return Solution().count(xs)\n",
     "class Solution:\n    def count(self, xs):\n        n = 0\n        for x in xs:\n            n += 1\n        return n\n\n\ndef count(xs):\n    return Solution().count(xs)\n",
     "count", [(([1, 2],), 2), (([],), 0)]),
    ("quadruple", "def last(xs)\n    if len(xs) == 0:\n        return null\n    return xs[len(xs]\n",
     "def last(xs):\n    if len(xs) == 0:\n        return None\n    return xs[len(xs) - 1]\n", "last", LAST + [(([],), None)]),
]


def jsonl_line(subtype: str, buggy: str, fixed: str, function: str, cases: list) -> str:
    """The program as one line of the bench's JSONL format."""
    from repoagent.bench.dataset import category_of

    return json.dumps({
        "id": subtype, "category": category_of(subtype), "subtype": subtype,
        "buggy_code": buggy, "fixed_code": fixed, "test_code": judge_script(function, cases),
    })

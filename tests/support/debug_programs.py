"""Self-written buggy programs, one per DebugBench subtype, with the tests that judge them.

Each entry is (subtype, buggy code, fixed code, function name, cases). The test
code prints ``passed X/Y`` (what the bench judge prints) so the session sees
partial progress, and exits non-zero on any failure.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path

from repoagent.bench.dataset import case_script, load
from repoagent.bench.runner import BenchSettings, Outcome, run_instance
from repoagent.debug.offline import OfflineEngine
from repoagent.debug.failure import Failure
from repoagent.debug.localize import Suspect


def judge_script(function: str, cases: list[tuple[tuple, object]]) -> str:
    """A test script for ``function`` in solution.py over ``cases`` (arguments, answer)."""
    return case_script([(f"{function}{args!r}", want) for args, want in cases])


class Scripted:
    """A repair engine that proposes, for each text of m.py, the texts listed for it
    in ``plan``: the session's search is tested on candidates chosen by the test."""

    name = "scripted"

    def __init__(self, plan: dict[str, list[str]]) -> None:
        self.plan = plan

    def propose(self, files: Mapping[str, str], failure: Failure | None, suspects: list[Suspect]) -> Iterator[dict[str, str]]:
        for text in self.plan.get(files["m.py"], []):
            yield {"m.py": text}


def function_f(body: str) -> str:
    """``def f(x):`` with ``body``'s statements (separated by ``"; "``), one per line."""
    return "def f(x):\n" + "".join(f"    {line}\n" for line in body.split("; "))


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
    # Repairs added for information DebugBench's bugs delete or displace.
    ("illegal comment", "def total(xs):\n    n = 0\n    for x in \n        n += \n    return n\n",
     "def total(xs):\n    n = 0\n    for x in xs:\n        n += 1\n    return n\n", "total", [(([5, 6],), 2), (([],), 0)]),
    ("illegal comment", "def count(xs, k):\n    n = 0\n    for x in xs:\n        \"if x > k:\"\n        n += 1\n    return n\n",
     "def count(xs, k):\n    n = 0\n    for x in xs:\n        if x > k:\n            n += 1\n    return n\n", "count", [(([1, 5, 9], 4), 2), (([], 1), 0)]),
    ("illegal comment",
     "def double(xs):\n    out = []\n    '''\n    for x in xs:\n        out.append(2 * x)\n    '''\n    return out\n",
     "def double(xs):\n    out = []\n    for x in xs:\n        out.append(2 * x)\n    return out\n", "double", [(([1, 2],), [2, 4]), (([],), [])]),
    ("illegal comment", "def digits(n):\n    n\n    return len(n)\n", "def digits(n):\n    n = str(n)\n    return len(n)\n",
     "digits", [((123,), 3), ((7,), 1)]),
    ("unclosed string", "def bars(s):\n    return [i for i, c in enumerate(s) if c == '|\"\n",
     "def bars(s):\n    return [i for i, c in enumerate(s) if c == '|']\n", "bars", [(("a|b|",), [1, 3]), (("ab",), [])]),
    ("misused == or =", "def spare(a, b, k):\n    left = a - b = k\n    return left\n",
     "def spare(a, b, k):\n    left = a - b - k\n    return left\n", "spare", [((9, 2, 3), 4), ((5, 5, 0), 0)]),
    ("misused == or =", "def squares(n):\n    out = []\n    if i in range(n):\n        out.append(i * i)\n    return out\n",
     "def squares(n):\n    out = []\n    for i in range(n):\n        out.append(i * i)\n    return out\n", "squares", [((3,), [0, 1, 4]), ((0,), [])]),
    ("illegal indentation",
     "def digit_sum(n):\n    text = str(n)\n  total = 0\n    for c in text:\n        total += int(c)\n    return total\n",
     "def digit_sum(n):\n    text = str(n)\n    total = 0\n    for c in text:\n        total += int(c)\n    return total\n",
     "digit_sum", [((123,), 6), ((0,), 0)]),
    ("illegal indentation",
     "class Box:\n    def __init__(self, n):\n        self.n = n\n    self.items = [0] * n\n\n\ndef size(n):\n    return len(Box(n).items)\n",
     "class Box:\n    def __init__(self, n):\n        self.n = n\n        self.items = [0] * n\n\n\ndef size(n):\n    return len(Box(n).items)\n",
     "size", [((3,), 3), ((0,), 0)]),
    ("undefined methods", "def words(text):\n    return text.lower(),split(' ')\n", "def words(text):\n    return text.lower().split(' ')\n",
     "words", [(("A b",), ["a", "b"]), (("x",), ["x"])]),
    ("undefined objects", "def offset(xs):\n    return [x + undefined_value for x in xs]\n", "def offset(xs):\n    return [x + 0 for x in xs]\n",
     "offset", [(([1, 2],), [1, 2]), (([],), [])]),
    ("undefined objects",
     "def depth(node):\n    if node is None:\n        return 0\n    return 1 + max(depth(node.left), depth(other))\n\n\n"
     "class Node:\n    def __init__(self, left=None, right=None):\n        self.left, self.right = left, right\n\n\n"
     "def tree_depth(shape):\n    build = lambda s: None if s is None else Node(build(s[0]), build(s[1]))\n    return depth(build(shape))\n",
     "def depth(node):\n    if node is None:\n        return 0\n    return 1 + max(depth(node.left), depth(node.right))\n\n\n"
     "class Node:\n    def __init__(self, left=None, right=None):\n        self.left, self.right = left, right\n\n\n"
     "def tree_depth(shape):\n    build = lambda s: None if s is None else Node(build(s[0]), build(s[1]))\n    return depth(build(shape))\n",
     "tree_depth", [(((None, ((None, None), None)),), 3), (((None, None),), 1)]),
    ("undefined objects", "def profit(buy, sell):\n    gain = sell - buy\n    if gain > 0:\n        return sell - random_object\n    return 0\n",
     "def profit(buy, sell):\n    gain = sell - buy\n    if gain > 0:\n        return sell - buy\n    return 0\n", "profit", [((1, 5), 4), ((5, 1), 0), ((2, 3), 1)]),
    ("illegal keywords", "def wrap(x):\n    out = Array(x)\n    return out\n", "def wrap(x):\n    out = [x]\n    return out\n",
     "wrap", [((1,), [1]), ((7,), [7])]),
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


def repaired(folder: Path, program: tuple[str, str, str, str, list]) -> Outcome:
    """The offline engine's outcome on ``program`` (as in :data:`PROGRAMS`), run for
    real through the bench's runner with a dataset of it written in ``folder``."""
    dataset = folder / "one.jsonl"
    dataset.write_text(jsonl_line(*program) + "\n", encoding="utf-8")
    [instance] = load(dataset)
    return run_instance(instance, OfflineEngine, BenchSettings(instance_seconds=60))

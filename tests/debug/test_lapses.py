"""A step left out: each rule proposes the missing statement or word, and the
offline engine repairs programs that lack one (judged in the sandbox)."""

from __future__ import annotations

import pytest

from repoagent.debug.lapses import lapse_fixes
from tests.support.debug_programs import repaired

UNION = """class Sets:
    def __init__(self, items):
        self.parent = {i: i for i in items}

    def union(self, a, b):
        ra, rb = self.parent[a], self.parent[b]
        if ra == rb:
            return False
        self.parent[rb] = ra
"""
ROOT = "def root(parent, x):\n    if parent[x] != x:\n        x = parent[x]\n    return x\n"
RUN = "def step(xs):\n    return [x + 1 for x in xs]\n\n\ndef run(xs, n):\n    for _ in range(n):\n        step(xs)\n    return xs\n"
TRY = "def first(func, n):\n    for i in range(n):\n        try:\n            func(i)\n        except ValueError:\n            pass\n"
QUEUE = """import heapq


class Queue:
    def __init__(self):
        self.items = []
        self.counter = 0

    def push(self, name, rank):
        heapq.heappush(self.items, (rank, self.counter, name))
"""
BUCKET = """class Bucket:
    def __init__(self, clock):
        self.clock = clock
        self.tokens = 0
        self.updated = clock()

    def refill(self):
        now = self.clock()
        elapsed = now - self.updated
        self.tokens += elapsed
"""
MERGE = """def covered(spans):
    total, cursor = 0, 0
    for start, end in sorted(spans):
        if end > cursor:
            total += end - max(start, cursor)
        cursor = end
    return total
"""
TRIE = """class Node:
    def __init__(self):
        self.kids = {}
        self.end = False


def has(root, word):
    node = root
    for ch in word:
        node = node.kids.get(ch)
        if node is None:
            return False
    return node is not None
"""
FIXES = [
    ("flag left out of a test", TRIE, [13], TRIE.replace("return node is not None", "return node is not None and node.end")),
    ("predicate falls off its end", UNION, [9], UNION + "        return True\n"),
    ("if for while", ROOT, [2], ROOT.replace("    if", "    while")),
    ("result dropped", RUN, [7], RUN.replace("        step(xs)", "        xs = step(xs)")),
    ("call's result never returned", TRY, [4], TRY.replace("            func(i)", "            return func(i)")),
    ("counter never advanced", QUEUE, [10], QUEUE + "        self.counter += 1\n"),
    ("timestamp never moved on", BUCKET, [9], BUCKET + "        self.updated = now\n"),
    ("running bound overwritten", MERGE, [6], MERGE.replace("cursor = end", "cursor = max(cursor, end)")),
]


@pytest.mark.parametrize(("rule", "buggy", "lines", "fixed"), FIXES, ids=[f[0] for f in FIXES])
def test_each_lapse_has_its_fix_among_the_candidates(rule: str, buggy: str, lines: list[int], fixed: str) -> None:
    assert fixed in {candidate for _, candidate in lapse_fixes(buggy, lines)}, rule


def test_nothing_is_proposed_where_the_code_is_right() -> None:
    text = "def f(xs):\n    n = 0\n    for x in xs:\n        n += x\n    if n > 9:\n        n = 9\n    return n\n"
    assert not list(lapse_fixes(text, range(1, 8)))


PROGRAMS = [
    ("if for while", ROOT, ROOT.replace("    if", "    while"), "root", [(({1: 2, 2: 3, 3: 3}, 1), 3), (({1: 1}, 1), 1)]),
    ("result dropped", RUN, RUN.replace("        step(xs)", "        xs = step(xs)"), "run", [(([1, 2], 2), [3, 4]), (([], 3), [])]),
    ("running bound overwritten", MERGE, MERGE.replace("cursor = end", "cursor = max(cursor, end)"), "covered",
     [(([(0, 10), (2, 3), (5, 12)],), 12), (([(1, 2)],), 1), (([(0, 5), (1, 2), (3, 4)],), 5)]),
]


@pytest.mark.parametrize("program", PROGRAMS, ids=[p[0] for p in PROGRAMS])
def test_the_offline_engine_repairs_a_lapse(tmp_path, program) -> None:
    outcome = repaired(tmp_path, program)

    assert outcome.kept, outcome.reason
    assert outcome.fixed, f"{program[0]}: not fixed after {outcome.runs} runs"


def test_a_statement_left_out_ranks_with_the_line_it_follows() -> None:
    """Inserted after a method's last statement, on a line no test ran, the fix
    is as suspect as that statement, not as unranked code."""
    from repoagent.debug.failure import Failure, Kind
    from repoagent.debug.localize import Suspect
    from repoagent.debug.offline import OfflineEngine

    suspects = [Suspect("m.py", 9, 0), *(Suspect("m.py", line, 50) for line in range(1, 9))]
    proposed = [c["m.py"] for c in OfflineEngine().propose({"m.py": UNION}, Failure(Kind.WRONG, ""), suspects)]

    assert proposed.index(UNION + "        return True\n") < 10

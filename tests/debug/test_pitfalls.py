"""Python's own pitfalls: each rule proposes the fix a linter's catalogue names, and
the offline engine repairs programs that fall into them (judged in the sandbox)."""

from __future__ import annotations

import pytest

from repoagent.debug.pitfalls import pitfall_fixes
from tests.support.debug_programs import repaired

FIXES = [
    ("xs = items.sort()", "xs = sorted(items)"),
    ("for x in items.reverse(): pass", "for x in list(reversed(items)): pass"),
    ("name.strip().upper()", "name = name.strip().upper()"),
    ("secs, mins = divmod(total, 60)", "mins, secs = divmod(total, 60)"),
    ("ok = flag == True", "ok = flag is True"),
    ("ok = count is 1", "ok = count == 1"),
    ("if best[v]: pass", "if best[v] is not None: pass"),
    ("if not best[v]: pass", "if best[v] is None: pass"),
    ('words = name.split(" ")', "words = name.split()"),
    ("graph.get(k, []).append(v)", "graph.setdefault(k, []).append(v)"),
    ("c = copy.copy(d)", "c = copy.deepcopy(d)"),
    ("g = [[0] * n] * n", "g = [[0] * n for _ in range(n)]"),
    ('msg = "hello {name}"', 'msg = f"hello {name}"'),
]


@pytest.mark.parametrize(("line", "fixed"), FIXES, ids=[f[1] for f in FIXES])
def test_each_pitfall_has_its_fix_among_the_candidates(line: str, fixed: str) -> None:
    header = "def f(items, total, flag, count, best, v, name, graph, k, d, n, copy):\n"
    text = header + f"    {line}\n"
    assert header + f"    {fixed}\n" in {candidate for _, candidate in pitfall_fixes(text, [2])}


def test_a_list_handed_out_then_cleared_is_rebound_instead() -> None:
    text = "def batches(xs):\n    batch = []\n    for x in xs:\n        batch.append(x)\n        yield batch\n        batch.clear()\n"
    assert text.replace("batch.clear()", "batch = []") in {c for _, c in pitfall_fixes(text, [6])}
    kept = "def total(xs):\n    seen = []\n    seen.clear()\n    return 0\n"
    assert not list(pitfall_fixes(kept, [3]))  # never handed out: clearing is right


def test_nothing_is_proposed_where_the_code_is_right() -> None:
    text = 'def f(xs, s, d, k):\n    xs.sort()\n    s = s.strip()\n    y = d.get(k, 0) + 1\n    return "{x}".format(x=y)\n'
    assert not list(pitfall_fixes(text, range(1, 6)))


PROGRAMS = [
    ("string result dropped", "def shout(s):\n    s.strip()\n    return s.upper() + '!'\n",
     "def shout(s):\n    s = s.strip()\n    return s.upper() + '!'\n", "shout", [((" hi ",), "HI!"), (("a",), "A!")]),
    ("split on one space", "def words(text):\n    return len(text.split(' '))\n", "def words(text):\n    return len(text.split())\n",
     "words", [(("a  b",), 2), (("one",), 1), (("x y z",), 3)]),
    ("rows shared", "def grid(n):\n    g = [[0] * n] * n\n    g[0][0] = 1\n    return sum(map(sum, g))\n",
     "def grid(n):\n    g = [[0] * n for _ in range(n)]\n    g[0][0] = 1\n    return sum(map(sum, g))\n", "grid", [((3,), 1), ((1,), 1)]),
]


@pytest.mark.parametrize("program", PROGRAMS, ids=[p[0] for p in PROGRAMS])
def test_the_offline_engine_repairs_a_pitfall(tmp_path, program) -> None:
    outcome = repaired(tmp_path, program)

    assert outcome.kept, outcome.reason
    assert outcome.fixed, f"{program[0]}: not fixed after {outcome.runs} runs"

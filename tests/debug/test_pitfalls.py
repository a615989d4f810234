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
    ("t = total or flag", "t = flag if total is None else total"),
    ("return not best(v)", "return best(v) is None"),
    ("for k in (k for k, v in d.items() if v): d.pop(k)", "for k in [k for k, v in d.items() if v]: d.pop(k)"),
    ("for k in d:\n        del d[k]", "for k in list(d):\n        del d[k]"),
    ("v = graph[name.strip](v)", "v = graph[name.strip()](v)"),
    ("node = graph.get(k, Node())", "node = graph.setdefault(k, Node())"),
    ("return self.items", "return self.items.copy()"),
    ("heapq.heappush(items, (count, name))", "heapq.heappush(items, (-count, name))"),
    ("return f'{total}.{count % 100:2d}'", "return f'{total}.{count % 100:02d}'"),
    ("return '%2d:%02d' % (total, count)", "return '%02d:%02d' % (total, count)"),
    ("return '{:2d}'.format(count)", "return '{:02d}'.format(count)"),
    ("sorted(items)", "items.sort()"),
    ("return 1 + max(v for v in items)", "return 1 + max((v for v in items), default=0)"),
    ("return name.replace('\"', '\\\"').replace('\\\\', '/')", "return name.replace('\\\\', '/').replace('\"', '\\\"')"),
    ("return 'need {total - count}'", "return f'need {total - count}'"),
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


@pytest.mark.parametrize(("buggy", "fixed"), [
    ("def f(x):\n    try:\n        x.pop()\n    except KeyError:\n        pass\n    return x\n", "def f(x):\n    x.pop()\n    return x\n"),
    ("def f(xs):\n    sum = sum(xs)\n    return sum / len(xs)\n", "def f(xs):\n    sum_ = sum(xs)\n    return sum_ / len(xs)\n"),
    ("def f(d, k, default=None):\n    if k in d:\n        return d[k]\n    return None\n",
     "def f(d, k, default=None):\n    if k in d:\n        return d[k]\n    return default\n"),
    ("def g(xs):\n    yield from xs\n\n\ndef f(xs):\n    ys = g(xs)\n    return sum(ys) / max(1, len(list(ys)))\n",
     "def g(xs):\n    yield from xs\n\n\ndef f(xs):\n    ys = list(g(xs))\n    return sum(ys) / max(1, len(list(ys)))\n"),
], ids=["exception swallowed", "builtin shadowed", "argument unused", "generator read twice"])
def test_each_function_wide_pitfall_has_its_fix(buggy: str, fixed: str) -> None:
    assert fixed in {c for _, c in pitfall_fixes(buggy, range(1, buggy.count("\n") + 1))}


def test_a_parameter_emptied_in_place_is_copied_first() -> None:
    text = "def drain(xs):\n    out = []\n    while xs:\n        out.append(xs.pop(0))\n    return out\n"
    assert text.replace("    out = []", "    xs = xs.copy()\n    out = []") in {c for _, c in pitfall_fixes(text, [4])}


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
    ("an explicit 0 taken for no value", "def pad(text, width=None):\n    width = width or 8\n    return text.ljust(width)[:width]\n",
     "def pad(text, width=None):\n    width = 8 if width is None else width\n    return text.ljust(width)[:width]\n", "pad",
     [(("ab", 0), ""), (("ab", 3), "ab "), (("ab",), "ab      ")]),
    ("a method never called", "def clean(words):\n    return [w.lower for w in words]\n",
     "def clean(words):\n    return [w.lower() for w in words]\n", "clean", [((["A", "b"],), ["a", "b"]), (([],), [])]),
    ("a dict changed while iterated", "def drop_zero(d):\n    for k in d:\n        if not d[k]:\n            del d[k]\n    return d\n",
     "def drop_zero(d):\n    for k in list(d):\n        if not d[k]:\n            del d[k]\n    return d\n", "drop_zero",
     [(({"a": 0, "b": 1},), {"b": 1}), (({},), {})]),
    ("a number's zero fill", "def clock(m):\n    return f'{m // 60}:{m % 60:2d}'\n", "def clock(m):\n    return f'{m // 60}:{m % 60:02d}'\n",
     "clock", [((65,), "1:05"), ((600,), "10:00"), ((59,), "0:59")]),
]


@pytest.mark.parametrize("program", PROGRAMS, ids=[p[0] for p in PROGRAMS])
def test_the_offline_engine_repairs_a_pitfall(tmp_path, program) -> None:
    outcome = repaired(tmp_path, program)

    assert outcome.kept, outcome.reason
    assert outcome.fixed, f"{program[0]}: not fixed after {outcome.runs} runs"


def test_or_for_a_parameter_left_out_is_the_cheapest_reading() -> None:
    """``ttl or self.ttl`` with ``ttl=None`` in the signature: the caller's 0 was meant."""
    text = "def put(self, key, ttl=None):\n    return self.now + (ttl or self.ttl)\n"
    fixes = dict((c, cost) for cost, c in pitfall_fixes(text, [2]))
    assert fixes[text.replace("(ttl or self.ttl)", "(self.ttl if ttl is None else ttl)")] == 1


def test_or_as_a_condition_is_left_alone() -> None:
    text = "def f(done, failed):\n    if done or failed:\n        return 1\n"
    assert not [c for _, c in pitfall_fixes(text, [2]) if "is None" in c]

"""Each repair rule of the offline engine, without a subprocess: the fix is among
the engine's candidates for the buggy code and the failure a run would report."""

from __future__ import annotations

import pytest

from repoagent.debug.failure import Failure, Frame, Kind
from repoagent.debug.idioms import rewrites
from repoagent.debug.keywords import misspelled
from repoagent.debug.localize import localize
from repoagent.debug.offline import OfflineEngine

PATH = "solution.py"


def candidates(buggy: str, failure: Failure | None = None) -> list[str]:
    """Every candidate text the offline engine proposes for ``buggy``."""
    files = {PATH: buggy}
    failure = failure or Failure(Kind.WRONG, "")
    engine = OfflineEngine(max_candidates=100_000)
    return [c[PATH] for c in engine.propose(files, failure, localize(files, failure))]


def missing(name: str, line: int, message: str | None = None, exc_type: str = "NameError") -> Failure:
    """The failure a run reports when ``name`` is missing on ``line``."""
    message = message or f"name '{name}' is not defined"
    return Failure(Kind.EXCEPTION, message, exc_type, message, (Frame(PATH, line, "f"),))


def f(*body: str) -> str:
    """A function ``f`` with these body lines (four-space indented)."""
    return "def f(x, y):\n" + "".join(f"    {line}\n" for line in body)


SYNTAX_CASES = [
    ("missing colon", "def f(x, y):\n    if x > y\n        return x\n    return y\n", "def f(x, y):\n    if x > y:\n        return x\n    return y\n"),
    ("unclosed bracket", f("return max((x, y)"), f("return max((x, y))")),
    ("closer before an operator", f("return '| ' + ' '.join(x + ' |'"), f("return '| ' + ' '.join(x) + ' |'")),
    ("unclosed prefixed string", f("return f'{x}\\n{\" \" * y}^ col {y + 1}"), f("return f'{x}\\n{\" \" * y}^ col {y + 1}'")),
    ("mismatched closer", f("return [x, y)"), f("return [x, y]")),
    ("unmatched closer", f("return x + y)"), f("return x + y")),
    ("unclosed string", f("return 'a + x"), f("return 'a' + x")),
    ("mismatched quotes", f("return 'a\" + x"), f("return 'a' + x")),
    ("unexpected indent", f("z = x", "    return z"), f("z = x", "return z")),
    ("missing indented block", "def f(x, y):\n    if x:\n    return y\n    return x\n", "def f(x, y):\n    if x:\n        return y\n    return x\n"),
    ("dedented line above a block", "def f(x, y):\n    z = x\nw = y\n    return z + w\n", "def f(x, y):\n    z = x\n    w = y\n    return z + w\n"),
    ("body tail outside its function", "class A:\n    def f(self, x):\n        n = x\n    return n\n", "class A:\n    def f(self, x):\n        n = x\n        return n\n"),
    ("cut-off expression", f("z = x +", "return z"), f("z = x + y", "return z")),
    ("cut-off loop header", f("for v in", "    x += v", "return x"), f("for v in y:", "    x += v", "return x")),
    ("= for ==", f("if x = y:", "    return 1", "return 0"), f("if x == y:", "    return 1", "return 0")),
    ("= for -", f("z = x - y = 1", "return z"), f("z = x - y - 1", "return z")),
    ("= for <", f("if x = y:", "    return 1", "return 0"), f("if x < y:", "    return 1", "return 0")),
    ("C comment", f("// add them", "return x + y"), f("# add them", "return x + y")),
    ("block comment", f("/* add them */", "return x + y"), f("return x + y")),
    ("declaration word", f("dim z = x", "return z"), f("z = x", "return z")),
    ("stray prose line", f("this line is prose", "return x"), f("return x")),
    ("misspelled return", f("z = x", "retrun z"), f("z = x", "return z")),
    ("misspelled else", f("if x:", "    return x", "esle:", "    return y"), f("if x:", "    return x", "else:", "    return y")),
    ("misspelled while", f("whlie x > y:", "    x -= 1", "return x"), f("while x > y:", "    x -= 1", "return x")),
]


@pytest.mark.parametrize("rule, buggy, fixed", SYNTAX_CASES, ids=[c[0] for c in SYNTAX_CASES])
def test_syntax_rule(rule: str, buggy: str, fixed: str) -> None:
    assert fixed in candidates(buggy, Failure(Kind.SYNTAX, "")), rule


IDIOMS = [
    ("x = a /* b */", "x = a"), ("x = /* a */ b", "x =  a  b"), ("x = a  // half", "x = a  # half"), ("y = a && b", "y = a and b"),
    ("y = a || b", "y = a or b"), ("y = !a", "y = not a"), ("y = a === b", "y = a == b"), ("y = a !== b", "y = a != b"), ("if d[k] ! 1:", "if d[k] != 1:"),
    ("if d[k] ! 1:", "if d[k] == 1:"),
    ("return this.x", "return self.x"), ("return null", "return None"), ("return nil", "return None"),
    ("return true", "return True"), ("return false", "return False"), ("else if x:", "elif x:"),
    ("var z = 1", "z = 1"), ("let z = 1", "z = 1"), ("public int z = 1", "int z = 1"), ("z = parseInt(s)", "z = int(s)"),
    ("z = Math.max(a, b)", "z = max(a, b)"), ("z = String(a)", "z = str(a)"), ("z = Array(a)", "z = [a]"),
    ("z = ArrayList()", "z = list()"), ("z = HashMap()", "z = dict()"), ("z = HashSet()", "z = set()"),
    ("def f(a: List<int>):", "def f(a: List[int]):"), ("out.push(x)", "out.append(x)"), ("n = a.length", "n = len(a)"),
    ("n = a.size()", "n = len(a)"), ("console.log(x)", "x"), ("if a = b:", "if a == b:"), ("x = 1;", "x = 1"),
    ("if x: {", "if x: "), ("    helper(a, b):", "    def helper(a, b):"),
]


@pytest.mark.parametrize("line, fixed", IDIOMS, ids=[i[0] for i in IDIOMS])
def test_idiom_rule(line: str, fixed: str) -> None:
    assert fixed in [new for _, new in rewrites(line)]


@pytest.mark.parametrize("line", ["    return x", "    print x", "    yield x", "    assert x"])
def test_a_declaration_word_is_never_a_keyword(line: str) -> None:
    assert all(not new.strip().startswith("x") for _, new in rewrites(line))


NAME_CASES = [
    ("Did you mean", f("total = x + y", "return totl"), 3, missing("totl", 3, "name 'totl' is not defined. Did you mean: 'total'?"),
     f("total = x + y", "return total")),
    ("closest name", f("total = x + y", "return totl"), 3, missing("totl", 3), f("total = x + y", "return total")),
    ("type's method", f("out = []", "out.push(x)", "return out"), 3,
     missing("push", 3, "'list' object has no attribute 'push'", "AttributeError"), f("out = []", "out.append(x)", "return out")),
    ("comma for dot", f("return x.lower(),split(' ')"), 2, missing("split", 2), f("return x.lower().split(' ')")),
    ("dropped self.", "class A:\n    def f(self, x):\n        return self.helper(x)\n\n\ndef helper(x):\n    return x\n", 3,
     missing("helper", 3, "'A' object has no attribute 'helper'", "AttributeError"),
     "class A:\n    def f(self, x):\n        return helper(x)\n\n\ndef helper(x):\n    return x\n"),
    ("unknown receiver dropped", f("return undefined.max(x, y)"), 2, missing("undefined", 2), f("return max(x, y)")),
    ("unknown call unwrapped", f("return Wrap(x)"), 2, missing("Wrap", 2), f("return (x)")),
    ("unknown constructor as a list", f("return Vec(x)"), 2, missing("Vec", 2), f("return [x]")),
    ("unknown constructor as a container", f("z = Bag()", "return z"), 2, missing("Bag", 2), f("z = set()", "return z")),
    ("unknown generic", "def f(x: Vec[int]):\n    return x\n", 1, missing("Vec", 1), "def f(x: List[int]):\n    return x\n"),
    ("unknown argument dropped", f("return max(x, y, junk)"), 2, missing("junk", 2), f("return max(x, y)")),
    ("unknown helper as the operator it names", "class A:\n    def f(self, x, y):\n        return self.lessThan(x + 1, y)\n", 3,
     missing("lessThan", 3, "'A' object has no attribute 'lessThan'", "AttributeError"),
     "class A:\n    def f(self, x, y):\n        return (x + 1 < y)\n"),
    ("unknown helper as an operator", f("return combine(x, y)"), 2, missing("combine", 2), f("return (x * y)")),
    ("unknown call statement dropped", f("log(x)", "return x"), 2, missing("log", 2), f("pass", "return x")),
    ("if for for", f("out = []", "if i in range(x):", "    out.append(i)", "return out"), 3,
     missing("i", 3, "cannot access local variable 'i' where it is not associated with a value", "UnboundLocalError"),
     f("out = []", "for i in range(x):", "    out.append(i)", "return out")),
    ("mirrored attribute path", f("return x.left + other"), 2, missing("other", 2), f("return x.left + x.right")),
    ("missing self.", "class S:\n    def __init__(self):\n        self.items = []\n\n    def push(self, x):\n        items.append(x)\n", 6,
     missing("items", 6), "class S:\n    def __init__(self):\n        self.items = []\n\n    def push(self, x):\n        self.items.append(x)\n"),
    ("a local of the function", f("z = x * y", "return x + w"), 3, missing("w", 3), f("z = x * y", "return x + z")),
    ("receiver never bound is defined", f("for v in x:", "    seen.append(v)", "return y"), 3, missing("seen", 3),
     f("seen = []", "for v in x:", "    seen.append(v)", "return y")),
    ("constant for an unknown value", f("return x + unknown_value"), 2, missing("unknown_value", 2), f("return x + 0")),
    ("misspelled break", f("for v in x:", "    if v:", "        beak", "return y"), 4, missing("beak", 4),
     f("for v in x:", "    if v:", "        break", "return y")),
    ("misspelled continue", f("for v in x:", "    if v:", "        contine", "    y += v", "return y"), 4, missing("contine", 4),
     f("for v in x:", "    if v:", "        continue", "    y += v", "return y")),
    ("misspelled False", f("return flase"), 2, missing("flase", 2), f("return False")),
    ("misspelled None", f("if x is Nnoe:", "    return y", "return x"), 2, missing("Nnoe", 2), f("if x is None:", "    return y", "return x")),
    ("receiver never bound, used on another line", f("for v in x:", "    lst.append(v)", "return lst[::-1]"), 4, missing("lst", 4),
     f("lst = []", "for v in x:", "    lst.append(v)", "return lst[::-1]")),
    ("unknown helper as a builtin of one value", "class A:\n    def f(self, x):\n        return self.count_of(x[:3])\n", 3,
     missing("count_of", 3, "'A' object has no attribute 'count_of'", "AttributeError"), "class A:\n    def f(self, x):\n        return sum(x[:3])\n"),
    ("unknown helper as the return type's constant", "class A:\n    def f(self, x) -> bool:\n        if x:\n            return True\n        return self.nope()\n", 5,
     missing("nope", 5, "'A' object has no attribute 'nope'", "AttributeError"),
     "class A:\n    def f(self, x) -> bool:\n        if x:\n            return True\n        return False\n"),
    ("unknown call that should have been a return", "class A:\n    def f(self, x) -> int:\n        n = x + 1\n        self.report(n)\n", 4,
     missing("report", 4, "'A' object has no attribute 'report'", "AttributeError"), "class A:\n    def f(self, x) -> int:\n        n = x + 1\n        return n\n"),
    ("deleted value as a literal of the function", f("s = ''", "if x:", "    s += gone", "else:", "    s += 'b'", "return s"), 4,
     missing("gone", 4), f("s = ''", "if x:", "    s += 'b'", "else:", "    s += 'b'", "return s")),
    ("a defined name that holds the missing one", "def undefinedLCA(a):\n    return a\n\n\ndef f(x):\n    return LCA(x)\n", 6,
     missing("LCA", 6), "def undefinedLCA(a):\n    return a\n\n\ndef f(x):\n    return undefinedLCA(x)\n"),
    ("block back into the scope above", "class Box:\n    def __init__(self, n):\n        self.n = n\n    self.items = [0] * n\n", 4,
     missing("self", 4), "class Box:\n    def __init__(self, n):\n        self.n = n\n        self.items = [0] * n\n"),
]


@pytest.mark.parametrize("rule, buggy, line, failure, fixed", NAME_CASES, ids=[c[0] for c in NAME_CASES])
def test_name_rule(rule: str, buggy: str, line: int, failure: Failure, fixed: str) -> None:
    assert fixed in candidates(buggy, failure), rule


MUTATIONS = [
    ("comparison", f("return x < y"), f("return x <= y")),
    ("arithmetic", f("return x - y"), f("return x + y")),
    ("dropped +1", f("return x + 1"), f("return x")),
    ("augmented", f("x -= y", "return x"), f("x += y", "return x")),
    ("boolean", f("return x and y"), f("return x or y")),
    ("not dropped", f("return not x"), f("return x")),
    ("constant +1", f("return x + 2"), f("return x + 3")),
    ("boolean constant", f("return True"), f("return False")),
    ("another variable", f("z = x * 2", "return x"), f("z = x * 2", "return z")),
    ("min for max", f("return min(x, y)"), f("return max(x, y)")),
    ("method swap", f("return x.pop()"), f("return x.popleft()")),
    ("index dropped", f("return x[0]"), f("return x")),
    ("element for its index", f("return x[y]"), f("return y")),
    ("operator module's boolean", f("return reduce(operator.and_, x)"), f("return reduce(operator.or_, x)")),
    ("index -1", f("return x[y]"), f("return x[y - 1]")),
    ("stored value +1", f("lo = x", "return lo"), f("lo = x + 1", "return lo")),
    ("tuple element -1", f("lo, hi = 0, len(x)", "return hi"), f("lo, hi = 0, len(x) - 1", "return hi")),
    ("argument +1", f("y.append((x, y))", "return y"), f("y.append((x, y + 1))", "return y")),
    ("lost return value", f("z = x + y", "return"), f("z = x + y", "return z")),
    ("break for continue", "def f(x, y):\n    for v in x:\n        if v:\n            break\n    return y\n",
     "def f(x, y):\n    for v in x:\n        if v:\n            continue\n    return y\n"),
    ("lost assignment", f("x", "return len(x)"), f("x = str(x)", "return len(x)")),
    ("negated condition", f("if x:", "    return 1", "return 0"), f("if not (x):", "    return 1", "return 0")),
    ("if for for", f("out = []", "if v in x:", "    out.append(v)", "return out"), f("out = []", "for v in x:", "    out.append(v)", "return out")),
    ("block out one level", f("for v in x:", "    y += v", "    return y"), f("for v in x:", "    y += v", "return y")),
    ("statement into the block above", f("for v in x:", "    z = v", "y += z", "return y"), f("for v in x:", "    z = v", "    y += z", "return y")),
    ("statement deleted", f("x = x + 1", "y = y + 1", "return x + y"), f("y = y + 1", "return x + y")),
    ("statements swapped", f("y = x", "x = 2", "return x + y"), f("x = 2", "y = x", "return x + y")),
    ("uncommented code", f("z = x", "# z = z + y", "return z"), f("z = x", "z = z + y", "return z")),
    ("two indices shifted down", f("return x[y + 1][y + 1]"), f("return x[y][y]")),
    ("two indices shifted up", f("return x[y] == x[y - 2]"), f("return x[y - 1] == x[y - 3]")),
    ("unquoted code", f("z = 0", "for v in x:", "    'if v > y:'", "    z += 1", "return z"),
     f("z = 0", "for v in x:", "    if v > y:", "        z += 1", "return z")),
]


@pytest.mark.parametrize("rule, buggy, fixed", MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_mutation_rule(rule: str, buggy: str, fixed: str) -> None:
    assert fixed in candidates(buggy), rule


EDITS = [
    ("swapped arguments", f("return g(x % y, y)"), f("return g(y, x % y)")),
    ("swapped operands", f("return x - y"), f("return y - x")),
    ("swapped list elements", f("return [x, y]"), f("return [y, x]")),
    ("lost abs", f("return x - y < 3"), f("return abs(x - y) < 3")),
    ("lost len", f("return sum(w for w in x)"), f("return sum(len(w) for w in x)")),
    ("lost sorted", f("for v in x:", "    y = v", "return y"), f("for v in sorted(x):", "    y = v", "return y")),
    ("lost return", f("z = x + y"), f("z = x + y", "return z")),
    ("mutable default", "def f(x, seen=[]):\n    seen.append(x)\n    return seen\n",
     "def f(x, seen=None):\n    if seen is None:\n        seen = []\n    seen.append(x)\n    return seen\n"),
    ("visited set never filled", "def f(x, seen):\n    if x in seen:\n        return 0\n    return f(x + 1, seen)\n",
     "def f(x, seen):\n    if x in seen:\n        return 0\n    seen.add(x)\n    return f(x + 1, seen)\n"),
    ("missing base case", "def f(n):\n    return f(n - 1) + f(n - 2)\n", "def f(n):\n    if n < 2:\n        return n\n    return f(n - 1) + f(n - 2)\n"),
    ("base case of a walk down a path", "def f(d, parts):\n    return f(d[parts[0]], parts[1:])\n",
     "def f(d, parts):\n    if not parts:\n        return d\n    return f(d[parts[0]], parts[1:])\n"),
    ("None from get", f("v = x.get(y)", "return len(v)"), f("v = x.get(y)", "if v is None:", "    return 0", "return len(v)")),
    ("swapped adjacent list elements", f("return [x, y, 0]"), f("return [y, x, 0]")),
    ("empty input", f("return x[0] + y"), f("if not x:", "    return 0", "return x[0] + y")),
    ("parallel statement lost", "def f(a, b):\n    out, i, j = [], 0, 0\n    out.append(a[i])\n    out.append(b[j])\n    out.extend(a[i:])\n    return out\n",
     "def f(a, b):\n    out, i, j = [], 0, 0\n    out.append(a[i])\n    out.append(b[j])\n    out.extend(a[i:])\n    out.extend(b[j:])\n    return out\n"),
    ("parallel statement lost at a block's end",
     "def f(a, b):\n    out, i, j = [], 0, 0\n    while i < len(a):\n        out.append(a[i])\n        i += 1\n    while j < len(b):\n        out.append(b[j])\n    return out\n",
     "def f(a, b):\n    out, i, j = [], 0, 0\n    while i < len(a):\n        out.append(a[i])\n        i += 1\n    while j < len(b):\n        out.append(b[j])\n        j += 1\n    return out\n"),
    ("statement copied before a suspect", "def f(x, y):\n    y.append(x)\n    x = x + 1\n    return y\n",
     "def f(x, y):\n    y.append(x)\n    x = x + 1\n    y.append(x)\n    return y\n"),
    ("number joined to a string", f("s = ''", "s += 0", "return s"), f("s = ''", "s += '0'", "return s")),
    ("numbers joined to a string on every branch", f("s = ''", "if x:", "    s += 0", "else:", "    s += 1", "return s"),
     f("s = ''", "if x:", "    s += '0'", "else:", "    s += '1'", "return s")),
    ("name joined to a string", f("s = 'n='", "return s + x"), f("s = 'n='", "return s + str(x)")),
    ("number written as a string", f("return x if x != 'inf' else -1"), f("return x if x != float('inf') else -1")),
    ("sort in the wrong order", f("for v in sorted(x):", "    y = v", "return y"), f("for v in sorted(x, reverse=True):", "    y = v", "return y")),
    ("sort reversed for nothing", f("x.sort(reverse=True)", "return x"), f("x.sort()", "return x")),
    ("every answer inverted", f("if x:", "    return True", "if y:", "    return False", "return True"),
     f("if x:", "    return False", "if y:", "    return True", "return False")),
    ("statement one place too early", f("x[y] = 1", "if y in x:", "    return 1", "return 0"),
     f("if y in x:", "    return 1", "x[y] = 1", "return 0")),
]


@pytest.mark.parametrize("rule, buggy, fixed", EDITS, ids=[e[0] for e in EDITS])
def test_edit_rule(rule: str, buggy: str, fixed: str) -> None:
    assert fixed in candidates(buggy), rule


@pytest.mark.parametrize("buggy, fixed", [
    (f("return x.isalpha()"), f("return x.isalnum()")),
    (f("return x.splitlines()"), f("return x.split()")),
    (f("return sum(x.keys())"), f("return sum(x.values())")),
    (f("y.append(x)", "return y"), f("y.extend(x)", "return y")),
], ids=["str predicate", "str split", "dict view", "list add"])
def test_a_method_becomes_a_sibling_of_its_family(buggy: str, fixed: str) -> None:
    assert fixed in candidates(buggy)


def test_a_repository_method_becomes_another_of_its_class() -> None:
    code = "class S:\n    def pop(self):\n        return 1\n\n    def peek(self):\n        return 2\n\n\ndef f(s):\n    return s.{}()\n"

    assert code.format("pop") in candidates(code.format("peek"))


def test_a_string_literal_takes_the_spelling_the_test_expected() -> None:
    buggy = f("return 'Fizzbuzz'")
    failure = Failure(Kind.WRONG, "f(15) returned 'Fizzbuzz', expected 'FizzBuzz'")

    assert f("return 'FizzBuzz'") in candidates(buggy, failure)


def test_a_handler_catches_the_raised_exception() -> None:
    buggy = f("try:", "    return int(x)", "except TypeError:", "    return y")
    failure = Failure(Kind.EXCEPTION, "", "ValueError", "invalid literal", (Frame(PATH, 3, "f"),))

    assert f("try:", "    return int(x)", "except ValueError:", "    return y") in candidates(buggy, failure)
    assert f("try:", "    return int(x)", "except (TypeError, ValueError):", "    return y") in candidates(buggy, failure)


@pytest.mark.parametrize("word, keyword", [("beak", "break"), ("retrun", "return"), ("contine", "continue"), ("esle", "else"),
                                           ("whlie", "while"), ("flase", "False"), ("Ture", "True"), ("Nnoe", "None"), ("fi", "if")])
def test_a_slip_is_read_as_its_keyword(word: str, keyword: str) -> None:
    assert misspelled(word)[0] == keyword


@pytest.mark.parametrize("word", ["i", "x1", "node", "count", "lst", "if", "ans"])
def test_a_name_is_not_read_as_a_keyword(word: str) -> None:
    assert "break" not in misspelled(word) and word not in misspelled(word)


def test_a_bound_name_is_never_a_keyword() -> None:
    buggy = f("beak = x", "for v in x:", "    beak", "return y")

    assert f("beak = x", "for v in x:", "    break", "return y") not in candidates(buggy, missing("beak", 4))


def test_break_is_not_proposed_outside_a_loop() -> None:
    assert f("break", "return y") not in candidates(f("beak", "return y"), missing("beak", 2))

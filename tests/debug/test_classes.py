"""The pitfalls of Python classes: each rule proposes the fix pylint's catalogue
names, and the offline engine repairs a program that falls into one."""

from __future__ import annotations

from repoagent.debug.classes import class_fixes
from tests.support.debug_programs import repaired

SHARED = "class Log:\n    lines = []\n\n    def __init__(self, name):\n        self.name = name\n\n    def add(self, line):\n        self.lines.append(line)\n"
SKIPPED = ("class Account:\n    def __init__(self, owner, balance=0):\n        self.owner = owner\n        self.balance = balance\n\n\n"
           "class Savings(Account):\n    def __init__(self, owner, balance=0, rate=0.01):\n        self.rate = rate\n")


def test_a_mutable_class_attribute_becomes_one_per_instance() -> None:
    fixed = SHARED.replace("    lines = []\n\n", "\n").replace("        self.name = name\n", "        self.lines = []\n        self.name = name\n")
    assert fixed in {c for _, c in class_fixes(SHARED, [8])}


def test_a_subclass_calls_its_base_init() -> None:
    fixed = SKIPPED.replace("        self.rate = rate\n", "        super().__init__(owner, balance)\n        self.rate = rate\n")
    assert fixed in {c for _, c in class_fixes(SKIPPED, [9])}


def test_nothing_is_proposed_for_a_right_class() -> None:
    right = SKIPPED.replace("        self.rate = rate\n", "        super().__init__(owner, balance)\n        self.rate = rate\n")
    assert not list(class_fixes(right, range(1, 12)))


def test_the_offline_engine_repairs_a_shared_list(tmp_path) -> None:
    program = ("shared list", SHARED + "\n\ndef count(n):\n    logs = [Log(i) for i in range(n)]\n    logs[0].add('x')\n    return len(logs[-1].lines)\n",
               SHARED.replace("    lines = []\n\n", "\n").replace("        self.name = name\n", "        self.lines = []\n        self.name = name\n")
               + "\n\ndef count(n):\n    logs = [Log(i) for i in range(n)]\n    logs[0].add('x')\n    return len(logs[-1].lines)\n",
               "count", [((2,), 0), ((1,), 1), ((3,), 0)])
    outcome = repaired(tmp_path, program)

    assert outcome.kept, outcome.reason
    assert outcome.fixed, f"not fixed after {outcome.runs} runs"

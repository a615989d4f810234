"""Rewrites of one line that undo what other languages leave in Python code.

Each rule is a regular expression, its replacement, and a cost (lower is tried
first). Rules apply to one occurrence at a time, so ``a // b  // halve`` yields
both the comment fix and the untouched floor division as separate candidates;
running the candidates decides. The table covers DebugBench's illegal keywords
and illegal comments and the usual C/Java/JavaScript habits.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator

Rule = tuple[re.Pattern[str], str, int]


def _rule(pattern: str, replacement: str, cost: int = 2) -> Rule:
    return re.compile(pattern), replacement, cost


RULES: tuple[Rule, ...] = (
    # comments
    _rule(r"/\*(.*?)\*/", r"\1", 1),
    _rule(r"/\*.*?\*/", "", 2),
    _rule(r"\s*/\*.*$", "", 2),
    _rule(r"^(\s*)\*/\s*$", r"\1", 2),
    _rule(r"(?<!/)//(?!/)", "#", 1),
    _rule(r"^(\s*)//\s?", r"\1", 2),
    _rule(r"<!--(.*?)-->", r"\1", 2),
    _rule(r"\s*(?:<!--|-->).*$", "", 3),
    _rule(r"/\*", '""', 3),  # a comment opener where a string was: 'x = /*.join(y)'
    # operators and literals
    _rule(r"\s*&&\s*", " and ", 1),
    _rule(r"\s*\|\|\s*", " or ", 1),
    _rule(r"!(?!=)\s*", "not ", 1),
    # a '!' between two operands lost the rest of its comparison: 'a ! b'
    _rule(r"(?<=[\w)\]'\"])\s*!(?!=)\s*(?=[\w(\['\"-])", " != ", 1),
    _rule(r"(?<=[\w)\]'\"])\s*!(?!=)\s*(?=[\w(\['\"-])", " == ", 2),
    _rule(r"===", "==", 1),
    _rule(r"!==", "!=", 1),
    _rule(r"\bthis\b", "self", 1),
    _rule(r"\b(?:null|nil|NULL|undefined|nullptr)\b", "None", 1),
    _rule(r"\btrue\b", "True", 1),
    _rule(r"\bfalse\b", "False", 1),
    _rule(r"\belse\s+if\b", "elif", 1),
    _rule(r"\bfunction\b", "def", 2),
    # a function header that lost its 'def': 'helper(a, b):' above an indented body
    _rule(r"^(\s*)(?=[A-Za-z_]\w*\s*\([^()]*\)\s*:\s*$)", r"\1def ", 2),
    _rule(r"\b(?:var|let|const|new|auto|int)\s+(?=[A-Za-z_(\[])", "", 1),
    # a declaration word of any language before the statement's target ('dim x = 1')
    _rule(r"^(\s*)(?!(?:%s)\b)[A-Za-z_]\w*\s+(?=[A-Za-z_]\w*\s*(?:[=\[.,]|$))" % "|".join([*keyword.kwlist, "print"]), r"\1", 2),
    _rule(r"\b(?:public|private|static|final|void)\s+", "", 2),
    # library names
    _rule(r"\bparseInt\b|\bInteger\.parseInt\b|\bNumber\b", "int", 1),
    _rule(r"\bparseFloat\b", "float", 1),
    _rule(r"\bMath\.(max|min|abs|floor|ceil|sqrt|pow)\b", r"math.\1", 2),
    _rule(r"\bMath\.(max|min|abs)\b", r"\1", 1),
    _rule(r"\bString\(", "str(", 1),
    _rule(r"\b(?:ArrayList|Array|Vector|LinkedList)\b(?=\()", "list", 1),
    _rule(r"\b(?:ArrayList|Array|Vector|LinkedList)\(([^()]+)\)", r"[\1]", 2),
    _rule(r"\b(?:ArrayList|Array|Vector)\b", "List", 1),
    _rule(r"\b(?:HashMap|Map|Dictionary|unordered_map)\b(?=\()", "dict", 1),
    _rule(r"\b(?:HashSet|Set|unordered_set)\b(?=\()", "set", 1),
    _rule(r"\bList<(\w+)>", r"List[\1]", 1),
    _rule(r"(\w+)<(\w+)>", r"\1[\2]", 2),
    _rule(r"\.(?:push|add|push_back|pushBack|addLast)\(", ".append(", 1),
    _rule(r"\.(?:length|size)\(\)", ".__len__()", 3),
    _rule(r"(\b[\w.\[\]]+)\.(?:length|size)\b(?:\(\))?", r"len(\1)", 1),
    _rule(r"\.(?:equals)\(", ".__eq__(", 3),
    _rule(r"\b(?:console\.log|System\.out\.println|println|printf|echo|print)\((.*)\)", r"\1", 2),
    # assignment and comparison
    _rule(r"(?<![=!<>:+\-*/%&|^])=(?!=)", "==", 1),
    _rule(r"==", "=", 2),
    _rule(r";\s*$", "", 3),
    _rule(r"^(\s*(?:return|yield)\s+)(.+?)\s*$", r"\1(\2)", 3),
    _rule(r"[{}]\s*$", "", 3),
)


def rewrites(line: str) -> Iterator[tuple[int, str]]:
    """Each single-occurrence rewrite of ``line`` with its cost; no duplicates."""
    seen = {line}
    for pattern, replacement, cost in RULES:
        for found in pattern.finditer(line):
            new = line[: found.start()] + found.expand(replacement) + line[found.end() :]
            if new not in seen:
                seen.add(new)
                yield cost, new

"""Source text as lines, and edits addressed the way Python's ``ast`` addresses code.

``ast`` reports columns in UTF-8 bytes; candidate edits are made on ``str`` text.
:class:`Source` converts once so the repair modules can splice by node or by line
without caring about non-ASCII characters.
"""

from __future__ import annotations

import ast
import re
import warnings
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Source:
    """A file's text with helpers to splice it by ``ast`` positions or by line."""

    text: str

    @cached_property
    def lines(self) -> list[str]:
        """The lines, with their line endings (``splitlines(keepends=True)``)."""
        return self.text.splitlines(keepends=True)

    @cached_property
    def _starts(self) -> list[int]:
        starts, total = [0], 0
        for line in self.lines:
            total += len(line)
            starts.append(total)
        return starts

    def offset(self, lineno: int, byte_col: int) -> int:
        """The ``str`` index of an ``ast`` position (1-based line, UTF-8 byte column)."""
        if lineno - 1 >= len(self.lines):
            return len(self.text)
        line = self.lines[lineno - 1]
        return self._starts[lineno - 1] + len(line.encode("utf-8")[:byte_col].decode("utf-8", "ignore"))

    def span(self, node: ast.AST) -> tuple[int, int]:
        """``str`` start and end index of ``node``."""
        return (
            self.offset(node.lineno, node.col_offset),  # type: ignore[attr-defined]
            self.offset(node.end_lineno, node.end_col_offset),  # type: ignore[attr-defined]
        )

    def segment(self, node: ast.AST) -> str:
        """The text of ``node`` as written."""
        start, end = self.span(node)
        return self.text[start:end]

    def replace_node(self, node: ast.AST, new: str) -> str:
        """The whole text with ``node`` replaced by ``new``."""
        start, end = self.span(node)
        return self.text[:start] + new + self.text[end:]

    def replace_expression(self, node: ast.AST, new: str) -> str:
        """Like :meth:`replace_node` for an expression written in parentheses, which
        are dropped when the file means the same without them: a patch shows
        ``x <= y``, not ``(x <= y)``."""
        text = self.replace_node(node, new)
        if new.startswith("(") and new.endswith(")"):
            bare = self.replace_node(node, new[1:-1])
            if _binds_as_tightly(new[1:-1], node, self.text, *self.span(node)):
                return bare
        return text

    def replace_lines(self, first: int, last: int, new: list[str]) -> str:
        """The whole text with 1-based lines ``first..last`` replaced by ``new`` lines."""
        return "".join(self.lines[: first - 1] + new + self.lines[last:])

    def shift_lines(self, first: int, last: int, delta: int) -> str:
        """The whole text with lines ``first..last`` moved ``delta`` spaces right (or
        left, as far as their indentation goes); blank lines stay as they are."""
        moved = []
        for number in range(first, last + 1):
            line = self.lines[number - 1]
            if delta < 0:
                cut = min(-delta, len(line) - len(line.lstrip(" ")))
                moved.append(line[cut:] if line.strip() else line)
            else:
                moved.append(" " * delta + line if line.strip() else line)
        return self.replace_lines(first, last, moved)

    def line(self, lineno: int) -> str:
        """Line ``lineno`` (1-based) without its ending; empty past the end."""
        return self.lines[lineno - 1].rstrip("\r\n") if 0 < lineno <= len(self.lines) else ""


_BINARY = {ast.BitOr: 6, ast.BitXor: 7, ast.BitAnd: 8, ast.LShift: 9, ast.RShift: 9, ast.Add: 10, ast.Sub: 10,
           ast.Mult: 11, ast.Div: 11, ast.FloorDiv: 11, ast.Mod: 11, ast.MatMult: 11, ast.Pow: 13}


def _precedence(node: ast.AST) -> int:
    """How tightly ``node``'s outermost operator binds (Python's precedence table);
    -1 for what needs parentheses almost anywhere (a bare tuple, ``:=``)."""
    if isinstance(node, (ast.Tuple, ast.NamedExpr, ast.Starred, ast.Yield, ast.YieldFrom)):
        return -1
    if isinstance(node, ast.Lambda):
        return 0
    if isinstance(node, ast.IfExp):
        return 1
    if isinstance(node, ast.BoolOp):
        return 2 if isinstance(node.op, ast.Or) else 3
    if isinstance(node, ast.UnaryOp):
        return 4 if isinstance(node.op, ast.Not) else 12
    if isinstance(node, ast.Compare):
        return 5
    if isinstance(node, ast.BinOp):
        return _BINARY[type(node.op)]
    return 14 if isinstance(node, ast.Await) else 15


def _binds_as_tightly(new: str, old: ast.AST, text: str, start: int, end: int) -> bool:
    """Whether expression ``new`` written bare at ``text[start:end]``, where ``old``
    stood bare, means the same: ``old`` filled a whole slot (an argument, an index,
    an assigned or returned value, a test), or ``new``'s operator binds at least as
    tightly as ``old``'s did, so the context that took ``old`` takes it too. When
    unsure the parentheses stay; the final patch drops those it needs not
    (:mod:`simplify`). Deciding on the one expression is what keeps mutations
    cheap: comparing the whole file's trees cost most of a round's proposals, and
    most candidates are never run."""
    try:
        tree = ast.parse(new, mode="eval").body
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return False
    precedence = _precedence(tree)
    before, after = text[:start].rstrip(" "), text[end:].lstrip(" ")
    opened = before[-1:] in ("(", "[", ",", "{") or (before.endswith("=") and before[-2:-1] not in ("=", "<", ">", "!")) \
        or re.search(r"(?:^|\s)(?:return|if|elif|while)$", before) is not None
    closed = after[:1] in (")", "]", ",", "}", ":", "\n", "#", "")
    return precedence >= 1 and opened and closed or precedence >= _precedence(old) >= 0


def lines_of(node: ast.AST) -> set[int]:
    """The 1-based lines ``node`` spans."""
    return set(range(node.lineno, (node.end_lineno or node.lineno) + 1))  # type: ignore[attr-defined]


def indent_of(line: str) -> str:
    """The leading whitespace of ``line``."""
    return line[: len(line) - len(line.lstrip(" \t"))]


def body_indent_after(line: str) -> str:
    """The indentation of code that follows ``line``: one level deeper after a ``:``."""
    return indent_of(line) + ("    " if line.rstrip().endswith(":") else "")


def first_changed_line(old: str, new: str) -> int:
    """The first 1-based line where ``new`` differs from ``old`` (an edit's place)."""
    for number, (a, b) in enumerate(zip(old.splitlines(), new.splitlines()), start=1):
        if a != b:
            return number
    return min(old.count("\n"), new.count("\n")) + 1


def compile_error(text: str, filename: str = "<candidate>") -> SyntaxError | None:
    """The syntax error ``compile`` raises for ``text``, or ``None`` when it parses.

    Compiling only parses: nothing of the candidate runs in repoagent's process.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a candidate's SyntaxWarnings are not the user's business
            compile(text, filename, "exec", dont_inherit=True)
    except SyntaxError as error:  # IndentationError and TabError are subclasses
        return error
    except (ValueError, MemoryError, RecursionError) as error:  # null bytes, absurd nesting
        return SyntaxError(str(error))
    return None

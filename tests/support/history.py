"""A real repository's history, edit by edit, for tests of incremental runs.

:func:`copy_packages` puts real code in a repository (packages of the standard
library of the running Python, copied as they are); :class:`History` then makes
seeded random edits of the kinds real commits make, one per :meth:`History.step`:
a function's body edited, a call added across modules or removed, a function added
or removed, a file renamed, a docstring edited, a section of a page edited by hand;
and edits that only move lines (a comment line, a blank line, a call's arguments
moved to a line of their own), which a resolution reuses with its lines mapped
(:mod:`repoagent.graph.flow_key`).
Every edit is plain text surgery located with :mod:`ast`, so the code stays valid
Python; the same seed gives the same edits.

    repo = GitRepo.init(tmp_path / "repo")
    copy_packages(repo.root, ["json", "http"])
    repo.commit("code")
    history = History(repo, seed=17)
    said = history.step()   # edits the working tree and says what it did
"""

from __future__ import annotations

import ast
import random
import re
import shutil
import sysconfig
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from tests.support.git_repo import GitRepo

STDLIB = Path(sysconfig.get_paths()["stdlib"])


def copy_packages(root: Path, packages: list[str]) -> None:
    """Copy the standard library's ``packages`` (folders) into ``root``."""
    for package in packages:
        shutil.copytree(STDLIB / package, root / package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "test*"))


class History:
    """Seeded random edits of the Python files of ``repo`` (and of its pages under
    ``out``, once some exist)."""

    def __init__(self, repo: GitRepo, seed: int, out: str = "docs/repoagent") -> None:
        self.repo = repo
        self.out = repo.root / out
        self.random = random.Random(seed)
        self.count = 0
        self.made: Counter[str] = Counter()  # edits made, by kind (the method's name)
        self._edits: list[Callable[[], str | None]] = [
            self.edit_body, self.edit_body, self.add_call, self.remove_call, self.add_function,
            self.remove_function, self.rename_file, self.edit_docstring, self.edit_page,
            self.add_comment, self.add_blank_line, self.split_line,
        ]
        self._round: list[Callable[[], str | None]] = []

    @property
    def kinds(self) -> set[str]:
        """Every kind of edit :meth:`step` may make."""
        return {edit.__name__ for edit in self._edits}

    def step(self) -> str:
        """Make one random edit in the working tree (nothing staged); what it did."""
        self.count += 1
        while True:
            if not self._round:  # every kind once per round, in a random order
                self._round = self.random.sample(self._edits, len(self._edits))
            edit = self._round.pop()
            said = edit()
            if said is not None:
                self.made[edit.__name__] += 1
                return said

    # Where to edit ------------------------------------------------------------------

    def _files(self) -> list[Path]:
        return sorted(p for p in self.repo.root.rglob("*.py") if ".git" not in p.parts and ".repoagent" not in p.parts)

    def _functions(self, path: Path) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
        """Functions of ``path`` whose body starts on a line of its own."""
        tree = ast.parse(path.read_text(encoding="utf-8"))
        return [node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                and node.body[0].lineno > node.lineno]

    def _pick_function(self) -> tuple[Path, list[str], ast.FunctionDef | ast.AsyncFunctionDef] | None:
        path = self.random.choice(self._files())
        functions = self._functions(path)
        if not functions:
            return None
        return path, path.read_text(encoding="utf-8").splitlines(keepends=True), self.random.choice(functions)

    def _module_of(self, path: Path) -> str:
        parts = list(path.relative_to(self.repo.root).with_suffix("").parts)
        return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)

    @staticmethod
    def _indent(lines: list[str], node: ast.stmt) -> str:
        return re.match(r"[ \t]*", lines[node.lineno - 1]).group(0)

    def _first_statement(self, function: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.stmt:
        """The body's first statement after the docstring (the docstring when alone)."""
        body = function.body
        docstring = isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str)
        return body[1] if docstring and len(body) > 1 else body[0]

    def _insert_before(self, path: Path, lines: list[str], statement: ast.stmt, text: str) -> None:
        """``text`` as a statement of its own above ``statement`` (and its decorators)."""
        start = min([statement.lineno] + [d.lineno for d in getattr(statement, "decorator_list", [])])
        indent = self._indent(lines, statement)
        lines.insert(start - 1, indent + text + "\n")
        path.write_text("".join(lines), encoding="utf-8")

    # The edits ----------------------------------------------------------------------

    def edit_body(self) -> str | None:
        """A statement added at the top of a function's body."""
        picked = self._pick_function()
        if picked is None:
            return None
        path, lines, function = picked
        self._insert_before(path, lines, self._first_statement(function), f"_edit_{self.count} = {self.count}")
        return f"edit the body of {function.name} in {path.name}"

    def add_call(self) -> str | None:
        """A call of another module's top-level function, imported at the end of the caller's module."""
        picked = self._pick_function()
        if picked is None:
            return None
        path, lines, function = picked
        other = self.random.choice(self._files())
        targets = [node.name for node in ast.parse(other.read_text(encoding="utf-8")).body
                   if isinstance(node, ast.FunctionDef) and not node.name.startswith("__")]
        if not targets or other == path:
            return None
        target = self.random.choice(targets)
        alias = f"_called_{self.count}"
        self._insert_before(path, lines, self._first_statement(function), f"{alias}()")
        with path.open("a", encoding="utf-8") as file:
            file.write(f"\nfrom {self._module_of(other)} import {target} as {alias}\n")
        return f"call {self._module_of(other)}.{target} from {function.name} in {path.name}"

    def remove_call(self) -> str | None:
        """A call statement of some function replaced by ``pass``."""
        picked = self._pick_function()
        if picked is None:
            return None
        path, lines, function = picked
        calls = [node for node in ast.walk(function) if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
                 and node.lineno == node.end_lineno and node.col_offset == len(self._indent(lines, node))
                 and not lines[node.lineno - 1].rstrip().endswith(("\\", ";"))]
        if not calls:
            return None
        call = self.random.choice(calls)
        lines[call.lineno - 1] = self._indent(lines, call) + "pass\n"
        path.write_text("".join(lines), encoding="utf-8")
        return f"remove a call on line {call.lineno} of {path.name}"

    def add_function(self) -> str | None:
        """A new top-level function calling one of the module's own functions."""
        path = self.random.choice(self._files())
        own = [node.name for node in ast.parse(path.read_text(encoding="utf-8")).body if isinstance(node, ast.FunctionDef)]
        call = f"    {self.random.choice(own)}()\n" if own else ""
        with path.open("a", encoding="utf-8") as file:
            file.write(f"\n\ndef added_{self.count}(value):\n    \"\"\"Added by edit {self.count}.\"\"\"\n{call}    return value\n")
        return f"add added_{self.count} to {path.name}"

    def remove_function(self) -> str | None:
        """A top-level function deleted (decorators included)."""
        path = self.random.choice(self._files())
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        functions = [node for node in ast.parse("".join(lines)).body if isinstance(node, ast.FunctionDef)]
        if not functions:
            return None
        function = self.random.choice(functions)
        start = min([function.lineno] + [d.lineno for d in function.decorator_list])
        del lines[start - 1 : function.end_lineno]
        path.write_text("".join(lines), encoding="utf-8")
        return f"remove {function.name} from {path.name}"

    def rename_file(self) -> str | None:
        """A module (not a package's ``__init__``) renamed in its folder, with ``git mv``."""
        files = [p for p in self._files() if p.name != "__init__.py"]
        if not files:
            return None
        path = self.random.choice(files)
        target = path.with_name(f"{path.stem}_r{self.count}.py")
        self.repo.git("mv", str(path.relative_to(self.repo.root)), str(target.relative_to(self.repo.root)))
        return f"rename {path.name} to {target.name}"

    def edit_docstring(self) -> str | None:
        """A word added to the first line of a function's triple-quoted docstring."""
        path = self.random.choice(self._files())
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        found = []
        for function in self._functions(path):
            first = function.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                quote = re.search(r'"""|\'\'\'', lines[first.lineno - 1])
                if quote is not None:
                    found.append((function, first.lineno - 1, quote.end()))
        if not found:
            return None
        function, number, end = self.random.choice(found)
        lines[number] = lines[number][:end] + f"Edited {self.count}. " + lines[number][end:]
        path.write_text("".join(lines), encoding="utf-8")
        return f"edit the docstring of {function.name} in {path.name}"

    def edit_page(self) -> str | None:
        """A line written by hand below a section's heading on some page."""
        pages = sorted(p for p in self.out.rglob("*.py.md")) if self.out.is_dir() else []
        if not pages:
            return None
        page = self.random.choice(pages)
        lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
        headings = [n for n, line in enumerate(lines) if line.startswith("#")]
        if not headings:
            return None
        at = self.random.choice(headings)
        lines.insert(at + 1, f"\nA note by hand, edit {self.count}.\n")
        page.write_text("".join(lines), encoding="utf-8")
        return f"hand-edit a section of {page.name}"


    # Edits that only move lines ---------------------------------------------------

    def add_comment(self) -> str | None:
        """A comment line above a function's first statement."""
        picked = self._pick_function()
        if picked is None:
            return None
        path, lines, function = picked
        self._insert_before(path, lines, self._first_statement(function), f"# note {self.count}")
        return f"comment in {function.name} in {path.name}"

    def add_blank_line(self) -> str | None:
        """A blank line above a top-level function or class (and its decorators)."""
        path = self.random.choice(self._files())
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        nodes = [n for n in ast.parse("".join(lines)).body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
        if not nodes:
            return None
        node = self.random.choice(nodes)
        lines.insert(min([node.lineno] + [d.lineno for d in node.decorator_list]) - 1, "\n")
        path.write_text("".join(lines), encoding="utf-8")
        return f"blank line above {node.name} in {path.name}"

    def split_line(self) -> str | None:
        """A one-line call's arguments moved to a line of their own: ``f(x)`` becomes
        ``f(`` and ``x)``. Only lines move, unless a call among the arguments shared
        the line (then the ranks change and the component is solved again)."""
        picked = self._pick_function()
        if picked is None:
            return None
        path, lines, function = picked
        calls = [node for node in ast.walk(function) if isinstance(node, ast.Call) and node.args
                 and isinstance(node.func, (ast.Name, ast.Attribute)) and node.lineno == node.end_lineno]
        if not calls:
            return None
        call = self.random.choice(calls)
        line = lines[call.lineno - 1].encode("utf-8")
        opening = line.find(b"(", call.func.end_col_offset)
        if opening < 0 or b"'" in line[:opening] or b'"' in line[:opening]:
            return None  # not plainly code (a call inside a string)
        lines[call.lineno - 1] = (line[: opening + 1] + b"\n" + line[opening + 1 :]).decode("utf-8")
        text = "".join(lines)
        try:
            ast.parse(text)
        except SyntaxError:
            return None
        path.write_text(text, encoding="utf-8")
        return f"split line {call.lineno} of {path.name}"

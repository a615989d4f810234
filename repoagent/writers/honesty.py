"""The honesty check: every identifier a section puts in backticks must be real.

"Real" means it names a node of the call graph (by id, or by the tail of one such as
``Class.method``), occurs in the object's own code, or is a builtin or literal of a
language. Backticked text that is not a plain (dotted) name or a call of one, such as
an expression or a type like ``list[str]``, is not checked: only names can be made
up. Fenced code blocks are skipped, since an example may invent local names.
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from repoagent.graph.model import CallGraph

_FENCE = re.compile(r"^```.*?^```", re.DOTALL | re.MULTILINE)
_SPAN = re.compile(r"`([^`\n]+)`")
_NAME = re.compile(r"^\*{0,2}([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)(?:\(.*\))?$")
_LITERALS = {"null", "nil", "true", "false", "undefined", "this", "self", "cls", "void", "NaN"}
KNOWN_WORDS = frozenset(dir(builtins)) | frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | _LITERALS


def backticked_names(text: str) -> list[str]:
    """The plain or dotted names a Markdown text puts in inline code, in order."""
    names = []
    for span in _SPAN.findall(_FENCE.sub("", text)):
        found = _NAME.match(span.strip())
        if found:
            names.append(found.group(1))
    return names


class KnownNames:
    """The names a graph makes real: every node id and every dotted tail of one
    (``c`` and ``b.c`` for ``a.b.c``), built once per run."""

    def __init__(self, graph: CallGraph) -> None:
        parts = [node_id.split(".") for node_id in graph.nodes]
        self._names = frozenset(".".join(p[i:]) for p in parts for i in range(len(p)))

    def unknown(self, text: str, code: str) -> list[str]:
        """The backticked names of ``text`` found neither in the graph nor in ``code``."""
        return [
            name
            for name in dict.fromkeys(backticked_names(text))
            if name not in KNOWN_WORDS and name not in self._names and not _in_code(name, code)
        ]


@dataclass
class HonestyReport:
    """Which sections named something that does not exist, and the share that did not."""

    checked: int = 0
    failing: dict[str, list[str]] = field(default_factory=dict)

    @property
    def share_passing(self) -> float:
        return 1.0 if not self.checked else (self.checked - len(self.failing)) / self.checked

    def lines(self) -> list[str]:
        """One line per failing section, then the share that passed."""
        found = [f"{node_id}: names not in the code or graph: {', '.join(names)}" for node_id, names in sorted(self.failing.items())]
        return found + [f"honesty: {self.share_passing:.1%} of {self.checked} sections name only real identifiers"]


def check_sections(sections: Iterable[tuple[str, str, str]], graph: CallGraph) -> HonestyReport:
    """Check ``(node id, section body, node code)`` triples."""
    known = KnownNames(graph)
    report = HonestyReport()
    for node_id, body, code in sections:
        report.checked += 1
        unknown = known.unknown(body, code)
        if unknown:
            report.failing[node_id] = unknown
    return report


def _in_code(name: str, code: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(name)}(?!\w)", code) is not None

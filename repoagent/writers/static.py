"""The static writer: a section rendered from the code alone, no LLM.

Deterministic (same code, same bytes), so it is the offline default and the mode
tests use. The body starts with a one-line summary (the docstring's first sentence,
or a line generated from the signature) because callers' prompts reuse that line;
then the signature (and the overloads' signatures), the docstring's description,
parameters with types, defaults and the docstring's descriptions, return type,
raised exceptions, the docstring's other sections (examples, notes ...), and
links to members. Links to callers and callees are
added around every section by the page layout (:mod:`repoagent.pages.render`),
whatever the writer, since they depend on where the pages are. Values that look
like secrets (keys in defaults or docstrings) are redacted (:mod:`repoagent.redact`).
"""

from __future__ import annotations

import re

from repoagent.graph.model import CallGraph
from repoagent.models import Definition, Kind, Parameter
from repoagent.names import quote_name
from repoagent.redact import redact
from repoagent.writers import docstrings
from repoagent.writers.base import WriteRequest, WrittenSection
from repoagent.writers.markdown import code, fence, prose
from repoagent.writers.signature import wrapped

_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


class StaticWriter:
    """Renders sections from definitions; thread-safe (it keeps no state).

    ``docstring_style`` is how Python docstrings are read (``auto``: detected per
    docstring; see :mod:`repoagent.writers.docstrings`).
    """

    name = "static"
    waits = False
    reads_summaries = False

    def __init__(self, docstring_style: str = "auto") -> None:
        self.docstring_style = docstring_style

    def write(self, request: WriteRequest) -> WrittenSection:
        node = request.node
        summary = prose(redact(summary_line(node, request.graph)))
        parts = [summary, *(redact(part) for part in _details(node, request.graph, self.docstring_style))]
        return WrittenSection(node_id=node.id, body="\n\n".join(parts), summary=summary, writer=self.name)

    def report(self) -> list[str]:
        """Nothing to add: the run's summary line says it all."""
        return []


def summary_line(node: Definition, graph: CallGraph) -> str:
    """The docstring's first sentence, or a line describing the object's shape."""
    text = docstrings.readable_text(node)
    if text:
        paragraph = " ".join(text.strip().split("\n\n", 1)[0].split())
        return _SENTENCE_END.split(paragraph, 1)[0]
    return _generated_summary(node, graph)


def _generated_summary(node: Definition, graph: CallGraph) -> str:
    if node.kind is Kind.MODULE:
        kinds = [graph.nodes[child].kind for child in graph.children(node.id)]
        counted = [_count(kinds.count(kind), kind.value) for kind in (Kind.CLASS, Kind.FUNCTION) if kinds.count(kind)]
        return f"Module {code(node.id)}" + (f" with {' and '.join(counted)}." if counted else ".")
    if node.kind is Kind.CLASS:
        line = f"Class {code(node.name)}"
        if node.bases:
            line += " deriving from " + ", ".join(code(base) for base in node.bases)
        methods = sum(1 for child in graph.children(node.id) if graph.nodes[child].kind is Kind.METHOD)
        return line + (f" with {_count(methods, 'method')}." if methods else ".")
    names = [p.prefix + p.name for p in node.parameters if p.name not in ("self", "cls")]
    line = f"{node.kind.value.capitalize()} {code(node.name)}"
    line += f" taking {', '.join(code(name) for name in names)}" if names else " taking no arguments"
    return line + (f" and returning {code(node.returns)}." if node.returns else ".")


def _count(number: int, noun: str) -> str:
    plural = "classes" if noun == "class" else noun + "s"
    return f"{number} {noun if number == 1 else plural}"


def _details(node: Definition, graph: CallGraph, style: str) -> list[str]:
    docstring = docstrings.docstring_of(node, style)
    parts: list[str] = []
    if node.signature:
        parts.append(fence(wrapped(node.signature, node.name, node.language), node.language))
    if node.overloads:
        overloads = "\n".join(wrapped(overload, node.name, node.language) for overload in node.overloads)
        parts.append("**Overloads**\n\n" + fence(overloads, node.language))
    if node.decorators:
        parts.append("**Decorators:** " + ", ".join(code(d) for d in node.decorators))
    if node.bases:
        parts.append("**Bases:** " + ", ".join(code(base) for base in node.bases))
    if docstring is not None:
        parts.extend(docstrings.description(docstring.text, summary_line(node, graph)))
    elif node.docstring and node.docstring.strip() and _says_more(node.docstring, summary_line(node, graph)):
        parts.append(fence(_dedent_docstring(node.docstring), "text"))  # a doc comment griffe cannot read
    parts.extend(_parameters(node, docstring))
    parts.extend(_returns(node, docstring))
    parts.extend(_raises(node, docstring))
    if docstring is not None:
        parts.extend(docstrings.sections(docstring))
    parts.extend(_members(node, graph))
    return parts


def _parameters(node: Definition, docstring: docstrings.Docstring | None) -> list[str]:
    """The code's parameters with the docstring's descriptions (and types where the
    code has none), then parameters only the docstring names (``**kwargs`` keys)."""
    lines = []
    for parameter in node.parameters:
        documented = docstring.parameter(parameter.name) if docstring else None
        line = _parameter(parameter, documented.annotation if documented else "")
        lines.append(docstrings.with_description(line, documented.description if documented else ""))
    known = {parameter.name for parameter in node.parameters}
    if docstring:
        lines += [docstrings.item_line(item) for item in docstring.parameters if item.name.lstrip("*") not in known]
    return ["**Parameters**\n\n" + "\n".join(f"- {line}" for line in lines)] if lines else []


def _parameter(parameter: Parameter, documented_type: str = "") -> str:
    text = code(parameter.prefix + parameter.name)
    annotation = parameter.annotation or documented_type
    if annotation:
        text += f": {code(annotation)}"
    if parameter.default is not None:
        text += f", default {code(redact(f'{parameter.name}={parameter.default}').partition('=')[2])}"
    return text


def _returns(node: Definition, docstring: docstrings.Docstring | None) -> list[str]:
    items = list(docstring.returns) if docstring else []
    if len(items) == 1 and node.returns:
        items = [docstrings.Item(items[0].name, node.returns, items[0].description)]
    elif not items and node.returns:
        items = [docstrings.Item("", node.returns, "")]
    return _labelled("Returns", items)


def _raises(node: Definition, docstring: docstrings.Docstring | None) -> list[str]:
    items = list(docstring.raises) if docstring else []
    documented = {item.annotation for item in items}
    items += [docstrings.Item("", name, "") for name in node.raises if name not in documented]
    return _labelled("Raises", items)


def _labelled(label: str, items: list[docstrings.Item]) -> list[str]:
    """``**Label:** item`` for one item or undescribed ones, else a list."""
    if not items:
        return []
    if len(items) == 1 or not any(item.description or item.name for item in items):
        return [f"**{label}:** " + ", ".join(docstrings.item_line(item) for item in items)]
    return [f"**{label}**\n\n" + "\n".join(f"- {docstrings.item_line(item)}" for item in items)]


def _members(node: Definition, graph: CallGraph) -> list[str]:
    """Links to the members documented on the same page (same-page links always resolve)."""
    groups: dict[str, list[str]] = {}
    for child_id in graph.children(node.id):
        child = graph.nodes[child_id]
        label = {Kind.CLASS: "Classes", Kind.METHOD: "Methods"}.get(child.kind, "Functions")
        groups.setdefault(label, []).append(f"[{code(child.name)}](#{quote_name(child.id)})")
    return [f"**{label}:** " + ", ".join(links) for label, links in groups.items()]


def _says_more(docstring: str, summary: str) -> bool:
    """Whether the docstring holds more than the summary line already says."""
    return " ".join(docstring.split()) not in (" ".join(summary.split()), " ".join(summary.split()).rstrip("."))


def _dedent_docstring(docstring: str) -> str:
    """PEP 257 trimming: the first line as is, the rest dedented by their common indent."""
    lines = docstring.expandtabs().strip().splitlines()
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    margin = min(indents, default=0)
    return "\n".join([lines[0].strip(), *(line[margin:].rstrip() for line in lines[1:])])

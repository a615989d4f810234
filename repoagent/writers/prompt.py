"""Build the prompt for one section from the Jinja2 template, under a size budget.

Values that look like secrets are redacted (:mod:`repoagent.redact`) from the
rendered prompt, so no key in the code reaches the endpoint. What goes in: the
object's kind, name and code, with the bodies of nested
definitions cut to their signatures (they get their own sections, and their
summaries arrive as callee summaries); the one-line summaries of its callees; who
calls it, as names and call lines, never whole callers; its parent in one line.

When the prompt is over budget the least useful context goes first: callers (from the
last), then callee summaries (from the last), then the parent line, then the code's
body from the end. The signature (with decorators) is never cut, so a prompt can only
exceed the budget when the signature alone does.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path

import jinja2

from repoagent.graph.model import CallGraph
from repoagent.hashing import content_hash
from repoagent.models import Definition, Kind
from repoagent.redact import redact
from repoagent.templating import environment, template_error
from repoagent.writers import docstrings
from repoagent.writers.base import WriteRequest

#: A repository overrides the prompt with a file of this name in its templates folder
#: (:mod:`repoagent.templating`; the page templates use the same folder).
TEMPLATE = "prompt_section.md.j2"
SYSTEM_MESSAGE = "You are a careful software engineer who writes accurate, concise code documentation in Markdown."
#: Callers shown even under budget; the rest are counted, not listed (names only help so far).
MAX_CALLERS = 12
MAX_CALL_TEXT = 120


@dataclass(frozen=True)
class Context:
    """Everything the template shows, before rendering; trimmed piece by piece."""

    kind: str
    qualified_name: str
    path: str
    start_line: int
    language: str
    header: str
    body: tuple[str, ...]
    parent: str
    callees: tuple[dict[str, str], ...]
    callers: tuple[dict[str, str], ...]
    parameters: tuple[str, ...]
    docstring: str = ""
    complaint: str = ""
    extra_callers: int = 0
    dropped_callees: int = 0
    cut_lines: int = 0


@dataclass(frozen=True)
class Prompt:
    """The chat messages for one request, and their size in characters."""

    messages: tuple[dict[str, str], ...]

    @property
    def characters(self) -> int:
        return sum(len(message["content"]) for message in self.messages)


def build_prompt(
    request: WriteRequest, language: str, budget: int, complaint: str = "", docstring_style: str = "auto"
) -> Prompt:
    """The prompt for ``request``, at most ``budget`` characters unless the signature alone is larger.

    A Python docstring also comes parsed (``docstring_style``, see
    :mod:`repoagent.writers.docstrings`): its parameters, returns and raises with their
    descriptions. It repeats what the code holds, so it is the first thing cut.
    """
    try:
        template = environment(request.graph.root.resolve()).get_template(TEMPLATE)
        context = _context(request, language, complaint, docstring_style)
        prompt = _render(template, context)
        for trim in (_trim_docstring, _trim_callers, _trim_callees, _trim_parent, _trim_body):
            while prompt.characters > budget:
                smaller = trim(context, prompt.characters - budget)
                if smaller is None:
                    break
                context, prompt = smaller, _render(template, smaller)
    except jinja2.TemplateError as error:
        raise template_error(error, f"{TEMPLATE} prompt") from error
    return prompt


def allowed_parameters(node: Definition, graph: CallGraph) -> tuple[str, ...]:
    """The parameter names a section may document: the node's own, or a class's constructor's."""
    parameters = node.parameters
    if node.kind is Kind.CLASS:
        for child in graph.children(node.id):
            if graph.nodes[child].name in {"__init__", "constructor", "new"}:
                parameters = graph.nodes[child].parameters
                break
    return tuple(p.name for p in parameters if p.name not in {"self", "cls", "this"})


def _render(template: jinja2.Template, context: Context) -> Prompt:
    body = list(context.body[: len(context.body) - context.cut_lines])
    if context.cut_lines:
        body.append(f"... ({context.cut_lines} more lines cut to fit the prompt budget)")
    code = "\n".join(([context.header] if context.header else []) + body)
    omitted = []
    if context.extra_callers:
        omitted.append(f"and {context.extra_callers} more callers not listed")
    if context.dropped_callees:
        omitted.append(f"{context.dropped_callees} callee summaries left out to fit the prompt budget")
    text = redact(template.render(
        kind=context.kind,
        qualified_name=context.qualified_name,
        path=context.path,
        start_line=context.start_line,
        language=context.language,
        code=code,
        parent=context.parent,
        callees=context.callees,
        callers=context.callers,
        parameters=context.parameters,
        docstring=context.docstring,
        omitted=omitted,
        complaint=context.complaint,
    ))
    return Prompt(({"role": "system", "content": SYSTEM_MESSAGE}, {"role": "user", "content": text}))


def _context(request: WriteRequest, language: str, complaint: str, docstring_style: str) -> Context:
    node, graph = request.node, request.graph
    docstring = docstrings.docstring_of(node, docstring_style)
    header, body = _split_signature(_outline(request.code, node, graph), node)
    callers = _callers(node.id, graph)
    return Context(
        kind=_kind(node),
        qualified_name=node.id,
        path=node.path,
        start_line=node.span.start_line,
        language=language,
        header=header,
        body=body,
        parent=_parent_line(node, graph),
        callees=tuple({"id": callee, "summary": summary} for callee, summary in request.callee_summaries.items()),
        callers=tuple(callers[:MAX_CALLERS]),
        extra_callers=max(0, len(callers) - MAX_CALLERS),
        parameters=allowed_parameters(node, graph),
        docstring=docstrings.markdown(docstring) if docstring is not None else "",
        complaint=complaint,
    )


def _kind(node: Definition) -> str:
    """``function``, or ``class (struct)`` where the language's word adds something."""
    plain = {"", "def", "class", "function", "func", "fn", "method", "module"}
    return node.kind.value if node.keyword in plain else f"{node.kind.value} ({node.keyword})"


def _outline(code: str, node: Definition, graph: CallGraph) -> str:
    """``code`` with each direct child's body replaced by ``...`` under its signature."""
    lines = code.splitlines()
    first = node.span.start_line
    for child_id in sorted(graph.children(node.id), key=lambda c: -graph.nodes[c].span.start_line):
        child = graph.nodes[child_id]
        start, end = child.span.start_line - first, child.span.end_line - first
        if start < 0 or end >= len(lines) or start > end:
            continue
        child_lines = lines[start : end + 1]
        header_length = _signature_length(child_lines, child)
        if header_length >= len(child_lines):
            continue
        indent = _indent_of(child_lines[header_length]) if child_lines[header_length].strip() else ""
        lines[start : end + 1] = child_lines[:header_length] + [f"{indent}..."]
    return "\n".join(lines)


def _split_signature(code: str, node: Definition) -> tuple[str, tuple[str, ...]]:
    """(decorators + signature lines, the rest): the first part is never trimmed."""
    lines = code.splitlines()
    length = _signature_length(lines, node) if node.kind is not Kind.MODULE else 0
    return "\n".join(lines[:length]), tuple(lines[length:])


def _signature_length(lines: list[str], node: Definition) -> int:
    """How many leading lines hold the decorators and the signature (at least one).

    The signature starts on the first line naming the object and ends where its
    parentheses and brackets close again (parameter lists and annotations may span
    lines; the parser's ``signature`` is normalised, so it cannot be searched for).
    """
    start = next((i for i, line in enumerate(lines) if re.search(rf"\b{re.escape(node.name)}\b", line)), None)
    if start is None:
        return min(1, len(lines))
    depth = 0
    for index in range(start, len(lines)):
        depth += sum(lines[index].count(c) for c in "([") - sum(lines[index].count(c) for c in ")]")
        if depth <= 0:
            return index + 1
    return start + 1


def _indent_of(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def _parent_line(node: Definition, graph: CallGraph) -> str:
    parent = graph.nodes.get(node.parent) if node.parent else None
    if parent is None:
        return ""
    what = f"{parent.kind.value} `{parent.id}`"
    if parent.signature and parent.kind is not Kind.MODULE:
        what += f" (`{parent.signature.splitlines()[0]}`)"
    if parent.docstring:
        what += f": {parent.docstring.strip().splitlines()[0]}"
    return what


def _callers(node_id: str, graph: CallGraph) -> list[dict[str, str]]:
    found = []
    for edge in graph.callers(node_id):
        caller = graph.nodes[edge.caller]
        text = _line_text(graph, caller.path, edge.lines[0]) if edge.lines else ""
        found.append(
            {
                "id": edge.caller,
                "path": caller.path,
                "lines": ", ".join(str(line) for line in edge.lines),
                "text": text[:MAX_CALL_TEXT],
            }
        )
    return found


def _line_text(graph: CallGraph, path: str, line: int) -> str:
    """One source line, only when the file on disk is the analysed snapshot's version.

    With ``--staged`` or a range the working file may differ; then the call line's
    number is all a prompt gets, never text the snapshot does not contain.
    """
    parsed = graph.files.get(path)
    if parsed is None:
        return ""
    lines = _file_lines(graph.root.resolve() / path, parsed.content_hash)
    return lines[line - 1].strip() if 0 < line <= len(lines) else ""


@functools.lru_cache(maxsize=256)
def _file_lines(path: Path, expected_hash: str) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError:
        return []
    if content_hash(data) != expected_hash:
        return []
    return data.decode("utf-8", "replace").splitlines()


def _trim_docstring(context: Context, overflow: int) -> Context | None:
    return replace(context, docstring="") if context.docstring else None


def _trim_callers(context: Context, overflow: int) -> Context | None:
    if not context.callers:
        return None
    keep = _keep_count(context.callers, overflow)
    return replace(context, callers=context.callers[:keep], extra_callers=context.extra_callers + len(context.callers) - keep)


def _trim_callees(context: Context, overflow: int) -> Context | None:
    if not context.callees:
        return None
    keep = _keep_count(context.callees, overflow)
    return replace(context, callees=context.callees[:keep], dropped_callees=context.dropped_callees + len(context.callees) - keep)


def _trim_parent(context: Context, overflow: int) -> Context | None:
    return replace(context, parent="") if context.parent else None


def _trim_body(context: Context, overflow: int) -> Context | None:
    kept = len(context.body) - context.cut_lines
    if kept <= 0:
        return None
    cut, size = 0, 0
    while cut < kept and size < overflow + 70:  # 70: room for the note that replaces them
        cut += 1
        size += len(context.body[kept - cut]) + 1
    return replace(context, cut_lines=context.cut_lines + cut)


def _keep_count(items: tuple[dict[str, str], ...], overflow: int) -> int:
    """How many leading items to keep so that about ``overflow`` characters go."""
    size, keep = 0, len(items)
    while keep > 0 and size < overflow:
        keep -= 1
        size += sum(len(value) for value in items[keep].values()) + 8
    return keep

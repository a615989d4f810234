"""Which dunder a string template runs on each value it formats.

``"{} and {!r}".format(a, b)`` formats ``a`` by its ``__format__`` and ``b`` by its
``__repr__``; ``"%s: %r" % (a, b)`` shows ``a`` by its ``__str__`` and ``b`` by its
``__repr__``. The interpreter makes those calls, so the call graph has them, as it
has an f-string's (:meth:`~repoagent.parsing.languages.python_flow.FlowFacts.formatted`).
Only a literal template is read, and only fields that take an argument whole
(``{0}``, ``{name}``, ``%(name)s``): ``{0.attr}``, ``{0[k]}`` and a ``*`` width are
not followed.
"""

from __future__ import annotations

import ast
import re
import string

#: A ``%`` conversion: an optional ``(key)``, flags, width, precision, length, type.
_PERCENT = re.compile(r"%(?:\((?P<key>[^)]*)\))?[#0\- +]*(?P<width>\*|\d+)?(?:\.(?P<precision>\*|\d+))?[hlL]?(?P<type>.)")
#: The dunder each ``%`` type and each ``!`` conversion runs (numbers: none followed).
_PERCENT_DUNDERS = {"s": "__str__", "r": "__repr__", "a": "__repr__"}
_CONVERSIONS = {None: "__format__", "s": "__str__", "r": "__repr__", "a": "__repr__"}

Field = tuple[int | str, str]  # the argument (a position or a keyword) and the dunder run on it


def literal_text(source: str) -> str | None:
    """The text of a plain string literal's source (``'a{}'``), ``None`` for an
    f-string, a bytes literal or anything else. ``ast.literal_eval`` evaluates no code."""
    if not source[:1].isalpha() and source[:1] not in "'\"":
        return None
    if source[:2].lower() in ("f'", 'f"', "b'", 'b"') or source[:3].lower() in ("rf'", 'rf"', "fr'", 'fr"', "rb'", 'rb"', "br'", 'br"'):
        return None
    try:
        value = ast.literal_eval(source)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    return value if isinstance(value, str) else None


def format_fields(template: str) -> list[Field]:
    """The arguments ``template.format(...)`` formats whole, with their dunders."""
    fields: list[Field] = []
    automatic = 0
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        return []
    for _, name, _, conversion in parsed:
        if name is None:
            continue
        if name == "":
            fields.append((automatic, _CONVERSIONS.get(conversion, "__format__")))
            automatic += 1
        elif name.isdigit():
            fields.append((int(name), _CONVERSIONS.get(conversion, "__format__")))
        elif name.isidentifier():
            fields.append((name, _CONVERSIONS.get(conversion, "__format__")))
    return fields


def percent_fields(template: str) -> list[Field] | None:
    """The arguments ``template % values`` shows, by position in a tuple or by key
    in a mapping, with their dunders; ``None`` when a ``*`` width or precision takes
    an argument of its own (positions unknown)."""
    fields: list[Field] = []
    position = 0
    for match in _PERCENT.finditer(template):
        kind = match["type"]
        if kind == "%":
            continue
        if match["width"] == "*" or match["precision"] == "*":
            return None
        key: int | str = match["key"] if match["key"] is not None else position
        if match["key"] is None:
            position += 1
        dunder = _PERCENT_DUNDERS.get(kind)
        if dunder is not None:
            fields.append((key, dunder))
    return fields

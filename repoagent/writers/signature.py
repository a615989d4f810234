"""Long signatures wrapped one parameter per line, as a formatter prints them.

The parser keeps a signature on one line (whitespace squashed), which is right for
hashing and prompts but unreadable on a page once it passes a line's width. Black
does this for Python only; the pages show six languages, so the wrapping is done
here the way black, prettier, gofmt-style tools and rustfmt all agree on: the
parameter list opened after the name, each parameter on its own indented line with
a trailing comma (none in Java, which forbids it), the rest after the closing
bracket.
"""

from __future__ import annotations

LINE_LENGTH = 88  # black's default, and mkdocstrings' signature width
INDENT = "    "
_OPEN = "([{"
_CLOSE = ")]}"
_NO_TRAILING_COMMA = frozenset({"java"})


def wrapped(signature: str, name: str, language: str) -> str:
    """``signature`` as is when it fits in :data:`LINE_LENGTH`, else wrapped."""
    if len(signature) <= LINE_LENGTH:
        return signature
    start = signature.find("(", signature.find(name) + len(name) if name in signature else 0)
    end = _closing(signature, start, language) if start >= 0 else -1
    if end < 0:
        return signature
    parameters = _split(signature[start + 1 : end], language)
    if not parameters:
        return signature
    comma = "" if language in _NO_TRAILING_COMMA else ","
    lines = [f"{INDENT}{parameter}," for parameter in parameters[:-1]]
    lines.append(f"{INDENT}{parameters[-1]}{comma}")
    return "\n".join([signature[: start + 1], *lines, signature[end:]])


def _closing(text: str, start: int, language: str) -> int:
    """Index of the bracket closing the one at ``start``, -1 if it is not closed."""
    depth = 0
    for index, char, outside in _scan(text, start, language):
        if not outside:
            continue
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth -= 1
            if depth == 0:
                return index
    return -1


def _split(inside: str, language: str) -> list[str]:
    """The parameters: ``inside`` cut at commas outside brackets, generics and strings."""
    parts, depth, angle, begin = [], 0, 0, 0
    for index, char, outside in _scan(inside, 0, language):
        if not outside:
            continue
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth -= 1
        elif char == "<" and language != "python":
            angle += 1
        elif char == ">" and angle and inside[index - 1 : index] not in ("=", "-"):
            angle -= 1
        elif char == "," and depth == 0 and angle == 0:
            parts.append(inside[begin:index])
            begin = index + 1
    parts.append(inside[begin:])
    return [part.strip() for part in parts if part.strip()]


def _scan(text: str, start: int, language: str):
    """``(index, char, outside a string literal)`` from ``start`` on. A ``'`` opens a
    string except in Rust, where it starts a lifetime."""
    quotes = '"' if language == "rust" else "\"'`"
    quote = ""
    escaped = False
    for index in range(start, len(text)):
        char = text[index]
        if quote:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == quote:
                quote = ""
            yield index, char, False
        elif char in quotes:
            quote = char
            yield index, char, False
        else:
            yield index, char, True

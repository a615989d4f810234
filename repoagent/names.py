"""How ids and paths are written into pages: percent-encoded, the one encoding used
wherever a name reaches a page (markers, anchors, links, headings, the index, the
diagrams' labels).

Names come from the repository's file names, and git holds any of them: ``a b.py``,
``new⏎line.py``, ``x"><b>y.py``. Written as they are, a space splits a marker's
fields, a newline ends a heading or a Mermaid label, a quote ends an HTML attribute,
a ``#`` or ``:`` changes what a link means. So every character other than a letter,
a digit (any script's, as identifiers have them) or one of ``_ . - ~ / $`` is
written as ``%XX`` per UTF-8 byte, as URLs are. Ordinary ids (``pkg.mod.Class.run``,
``f~2``, ``$q``) are left as they are, so the encoding changes nothing on their
pages; and an encoded name is the same text in a marker, an HTML ``id`` and a link's
fragment, which is how mkdocs and browsers match anchors to links.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

_KEPT_PUNCTUATION = frozenset("_.-~/$")
#: A name with nothing to encode, as nearly every id is: returned as it is, without
#: looking at it a character at a time (a run quotes every section's links).
_ORDINARY = re.compile(r"[A-Za-z0-9_.\-~/$]*")


def quote_name(name: str) -> str:
    """``name`` as it is written into a page; :func:`unquote_name` reverses it."""
    if _ORDINARY.fullmatch(name):
        return name
    return "".join(char if _kept(char) else _percent(char) for char in name)


def unquote_name(text: str) -> str:
    """The name a page's ``text`` spells (bytes that are not UTF-8, as a file name
    may hold, come back as the surrogates they were read as)."""
    return unquote(text, errors="surrogateescape")


def _kept(char: str) -> bool:
    return char in _KEPT_PUNCTUATION or f"a{char}".isidentifier()


def _percent(char: str) -> str:
    return "".join(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogateescape"))

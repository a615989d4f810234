"""The provenance marker that starts every section (DESIGN.md):

    <!-- repoagent: id=pkg.mod.Class.method hash=3f9a1c0e deps=77ab01d2 body=5be0c7a1 writer=llm model=gpt-4o-mini -->

``hash`` is the object's own-code hash, ``deps`` a hash of its direct callees'
signatures, ``body`` a hash of the section's text as repoagent wrote it (everything
after the marker line), so a hand edit shows; ``writer``/``model`` say who wrote the
text. A bare ``lock`` word, added by hand, protects the section from being rewritten.
Markers written before ``body`` existed have none: their text counts as repoagent's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from repoagent.hashing import short_hash

MARKER_LINE = re.compile(r"<!-- repoagent: (.*?) -->[ \t]*")


@dataclass(frozen=True)
class Marker:
    """The fields of one marker."""

    id: str
    hash: str
    deps: str
    writer: str
    model: str | None = None
    lock: bool = False
    body: str | None = None

    def render(self) -> str:
        fields = f"id={self.id} hash={self.hash} deps={self.deps}"
        if self.body:
            fields += f" body={self.body}"
        fields += f" writer={self.writer}"
        if self.model:
            fields += f" model={self.model}"
        if self.lock:
            fields += " lock"
        return f"<!-- repoagent: {fields} -->"

    def moved_to(self, node_id: str, code_hash: str) -> Marker:
        """The same provenance under the node's new id (and hash, after a rename)."""
        return replace(self, id=node_id, hash=code_hash)

    def signed(self, text_after_marker: str) -> Marker:
        """This marker recording ``text_after_marker`` as repoagent's own text."""
        return replace(self, body=body_hash(text_after_marker))


def body_hash(text_after_marker: str) -> str:
    """The hash of a section's text after its marker line. Trailing spaces, line
    endings and surrounding blank lines do not count: an editor that tidies them has
    not edited the section."""
    lines = [line.rstrip() for line in text_after_marker.split("\n")]
    return short_hash("\n".join(lines).strip("\n"))


def parse_marker(fields: str) -> Marker | None:
    """The marker whose fields are ``fields`` (the text between ``repoagent:`` and
    ``-->``); ``None`` when a required field is missing."""
    tokens = fields.split()
    values = dict(token.split("=", 1) for token in tokens if "=" in token)
    lock = "lock" in tokens
    if not all(values.get(key) for key in ("id", "hash", "deps", "writer")):
        return None
    return Marker(
        values["id"], values["hash"], values["deps"], values["writer"], values.get("model"), lock, values.get("body")
    )

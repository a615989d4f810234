"""The provenance marker that starts every section (DESIGN.md):

    <!-- repoagent: id=pkg.mod.Class.method hash=3f9a1c0e deps=77ab01d2 writer=llm model=gpt-4o-mini -->

``hash`` is the object's own-code hash, ``deps`` a hash of its direct callees'
signatures, ``writer``/``model`` who wrote the text. A bare ``lock`` word, added by
hand, protects the section from being rewritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

MARKER_LINE = re.compile(r"^<!-- repoagent: (.*?) -->[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class Marker:
    """The fields of one marker."""

    id: str
    hash: str
    deps: str
    writer: str
    model: str | None = None
    lock: bool = False

    def render(self) -> str:
        fields = f"id={self.id} hash={self.hash} deps={self.deps} writer={self.writer}"
        if self.model:
            fields += f" model={self.model}"
        if self.lock:
            fields += " lock"
        return f"<!-- repoagent: {fields} -->"

    def moved_to(self, node_id: str, code_hash: str) -> Marker:
        """The same provenance under the node's new id (and hash, after a rename)."""
        return replace(self, id=node_id, hash=code_hash)


def parse_marker(fields: str) -> Marker | None:
    """The marker whose fields are ``fields`` (the text between ``repoagent:`` and
    ``-->``); ``None`` when a required field is missing, so a damaged marker makes
    its section look absent (and get rewritten) rather than crash the run."""
    tokens = fields.split()
    values = dict(token.split("=", 1) for token in tokens if "=" in token)
    lock = "lock" in tokens
    if not all(values.get(key) for key in ("id", "hash", "deps", "writer")):
        return None
    return Marker(values["id"], values["hash"], values["deps"], values["writer"], values.get("model"), lock)

"""How often the LLM failed each section, so later runs retry fallbacks, boundedly.

A section the LLM could not write gets the static writer's text and one of two
writers in its marker: :data:`UNASKED_WRITER` when it was never sent (the run's
deadline passed, or the circuit breaker stopped asking a dead endpoint), or
:data:`FALLBACK_WRITER` when the LLM was asked and gave nothing usable. Later LLM
runs retry them (:func:`choose_retries`):

* every unasked section, since nothing is known against it (the deadline bounds
  the run);
* at most ``retry_fallbacks`` failed ones per run, fewest tries first, and none that
  failed :data:`MAX_TRIES` times for the same code: a model that keeps failing
  validation does not make every commit re-ask hundreds of sections. A change to the
  object's code makes it stale anyway and starts its count again.

The tries are counted in ``.repoagent/fallback-tries.json`` (a git-ignored cache; a
failed section missing from it, as in a fresh CI checkout, counts as tried once).
The file is plain JSON and read defensively: whoever wrote it, it can at worst make
a section be retried or not.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from repoagent.fileio import write_atomically
from repoagent.workspace import Workspace

#: The marker's writer for a static section the LLM was asked for and failed.
FALLBACK_WRITER = "static-fallback"
#: The marker's writer for a static section the LLM was never asked for.
UNASKED_WRITER = "static-unasked"
#: Tries after which a failing section is left static until its code changes.
MAX_TRIES = 3


class FallbackTries:
    """``{node id: {"hash": code hash, "tries": n}}`` for sections the LLM failed."""

    def __init__(self, root: Path) -> None:
        self._workspace = Workspace(root)
        self._entries = _read(self._workspace.fallback_tries)

    def tries(self, node_id: str, code_hash: str) -> int:
        """Failed tries for the node's current code (a failed section not on record: 1)."""
        entry = self._entries.get(node_id)
        return entry["tries"] if entry and entry["hash"] == code_hash else 1

    def failed(self, node_id: str, code_hash: str) -> None:
        """Count one more failed try; a new code hash starts at one."""
        entry = self._entries.get(node_id)
        tries = entry["tries"] + 1 if entry and entry["hash"] == code_hash else 1
        self._entries[node_id] = {"hash": code_hash, "tries": tries}
        self._save()

    def succeeded(self, node_id: str) -> None:
        """Forget the node: the LLM wrote it."""
        if self._entries.pop(node_id, None) is not None:
            self._save()

    def _save(self) -> None:
        path = self._workspace.fallback_tries
        if path is None:  # an untrusted workspace is never written
            return
        self._workspace.ensure()
        write_atomically(path, json.dumps(self._entries, sort_keys=True, indent=0))


def choose_retries(candidates: Iterable[tuple[str, str, str]], tries: FallbackTries, limit: int) -> list[str]:
    """The ids to ask again this run, from ``(node id, marker writer, code hash)``."""
    unasked, failed = [], []
    for node_id, writer, code_hash in candidates:
        if writer == UNASKED_WRITER:
            unasked.append(node_id)
        elif writer == FALLBACK_WRITER and (count := tries.tries(node_id, code_hash)) < MAX_TRIES:
            failed.append((count, node_id))
    return sorted(unasked) + [node_id for _, node_id in sorted(failed)[:limit]]


def _read(path: Path | None) -> dict[str, dict]:
    if path is None:  # an untrusted workspace: nothing on record
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # RecursionError: arrays nested past the stack
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(node_id): {"hash": entry["hash"], "tries": entry["tries"]}
        for node_id, entry in data.items()
        if isinstance(entry, dict) and isinstance(entry.get("hash"), str) and type(entry.get("tries")) is int
    }

"""LLM answers cached by prompt hash in the workspace (:attr:`Workspace.llm_answers`).

A run that is killed half way has paid for every answer it received; the next run
finds them here and sends only the prompts that never got an accepted answer. Only
answers the writer accepted are stored, so a bad answer is asked again, not replayed.
Each entry is its own file written atomically (:func:`repoagent.fileio.write_atomically`), so a kill
mid-write leaves the old state or the new one and concurrent writers never collide.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from repoagent.fileio import write_atomically
from repoagent.hashing import content_hash
from repoagent.workspace import Workspace


def prompt_key(model: str, messages: Sequence[dict[str, str]]) -> str:
    """The cache key of a request: the model and the exact messages sent."""
    payload = json.dumps({"model": model, "messages": list(messages)}, sort_keys=True, ensure_ascii=False)
    return content_hash(payload.encode("utf-8", "surrogatepass"))


class ResponseCache:
    """Accepted answers by :func:`prompt_key`, one small JSON file each."""

    def __init__(self, root: Path) -> None:
        self.workspace = Workspace(root)
        self.folder = self.workspace.llm_answers  # None: an untrusted workspace, nothing kept

    def _path(self, key: str) -> Path | None:
        return self.folder / key[:2] / f"{key}.json" if self.folder is not None else None

    def get(self, key: str) -> str | None:
        """The cached answer for ``key``, ``None`` when absent or unreadable."""
        path = self._path(key)
        if path is None:
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):  # RecursionError: arrays nested past the stack
            return None
        answer = data.get("answer") if isinstance(data, dict) else None
        return answer if isinstance(answer, str) else None

    def put(self, key: str, answer: str) -> None:
        """Store ``answer`` for ``key`` atomically."""
        path = self._path(key)
        if path is None:
            return
        # scratch() creates the ignored folder (and its temp folder) before the write.
        write_atomically(path, json.dumps({"answer": answer}, ensure_ascii=False), self.workspace.scratch())

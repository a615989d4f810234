"""What a repair engine is: something that proposes whole-file candidates.

Engines never judge their own candidates; the session runs each one. ``failure``
is ``None`` in the no-feedback setting (DebugBench's "code only"): the engine
sees the code and nothing a run printed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Protocol

from repoagent.debug.failure import Failure
from repoagent.debug.localize import Suspect

Files = Mapping[str, str]


class Engine(Protocol):
    """A repair engine (offline search, LLM)."""

    name: str

    def propose(self, files: Files, failure: Failure | None, suspects: list[Suspect]) -> Iterator[dict[str, str]]:
        """Candidates, best first: each maps changed paths to their new text."""
        ...

"""Choosing an engine by name: ``offline``, ``llm``, or ``auto`` (offline first,
then the LLM when one is configured).

Factories are picklable (a class or a ``functools.partial``) so the bench can
build one engine per worker process.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator

from repoagent.config import Settings
from repoagent.debug.engine import Engine, Files
from repoagent.debug.failure import Failure
from repoagent.debug.llm import LLMEngine
from repoagent.debug.localize import Suspect
from repoagent.debug.offline import OfflineEngine
from repoagent.llm_client import endpoint_configured


class AutoEngine:
    """The offline candidates, then the LLM's (when an endpoint is configured)."""

    name = "auto"

    def __init__(self, settings: Settings) -> None:
        self.engines: list[Engine] = [OfflineEngine()]
        if endpoint_configured(settings):
            self.engines.append(LLMEngine(settings))

    def propose(self, files: Files, failure: Failure | None, suspects: list[Suspect]) -> Iterator[dict[str, str]]:
        """Each engine's candidates in turn."""
        return itertools.chain.from_iterable(e.propose(files, failure, suspects) for e in self.engines)


def engine_factory(name: str, settings: Settings) -> Callable[[], Engine]:
    """A picklable zero-argument factory for the named engine."""
    if name == "offline":
        return OfflineEngine
    if name == "llm":
        LLMEngine(settings)  # fail early (UsageError) when no endpoint is configured
        return functools.partial(LLMEngine, settings)
    return functools.partial(AutoEngine, settings)

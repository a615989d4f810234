"""What a run of the LLM writer cost: calls, cache hits, tokens, prompt sizes.

Counted by the writer as it goes (thread-safe, since one level runs concurrently)
and printed at the end of a run; tokens come from the API's ``usage`` field, the
characters from the prompts actually sent.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field


@dataclass
class Usage:
    """Running totals for one writer."""

    calls: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    prompt_characters: int = 0
    largest_prompt: int = 0
    failed_calls: int = 0
    regenerated: int = 0
    fallbacks: int = 0
    unasked: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def record_call(self, characters: int, prompt_tokens: int, completion_tokens: int) -> None:
        """One answered request (the client's own retries inside it are not counted)."""
        with self._lock:
            self.calls += 1
            self.prompt_characters += characters
            self.largest_prompt = max(self.largest_prompt, characters)
            self.prompt_tokens += prompt_tokens
            self.completion_tokens += completion_tokens

    def count(self, name: str) -> None:
        """Add one to ``cache_hits``, ``failed_calls``, ``regenerated``, ``fallbacks`` or ``unasked``."""
        with self._lock:
            setattr(self, name, getattr(self, name) + 1)

    def line(self) -> str:
        """The one-line report shown at the end of a run."""
        return (
            f"LLM: {self.calls} calls ({self.failed_calls} failed), {self.cache_hits} cache hits, "
            f"{self.prompt_tokens} prompt + {self.completion_tokens} completion tokens, "
            f"{self.prompt_characters} prompt chars (largest {self.largest_prompt}), "
            f"{self.regenerated} regenerated, {self.fallbacks} fell back to static"
            + (f", {self.unasked} not asked" if self.unasked else "")
        )


@dataclass(frozen=True)
class Estimate:
    """What a run would send, computed before anything is sent (``--dry-run``)."""

    calls: int
    cached: int
    characters: int
    largest: int

    def line(self) -> str:
        return (
            f"LLM estimate: {self.calls} calls, about {self.characters} prompt chars "
            f"(largest {self.largest}), {self.cached} answers already cached"
        )

"""Which writer a run uses, decided before anything of it is imported.

The choice (``settings.writer``: ``auto`` takes the LLM writer when an endpoint or a
key is configured) is needed for every ``docs`` run's report line, but the writers
themselves only when something is stale: the LLM writer brings ``openai``, the
prompt, validation and sanitising modules, the static writer griffe. A run with
nothing to write imports neither (:func:`repoagent.run.run`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from repoagent.config import Settings
from repoagent.errors import UsageError
from repoagent.llm_client import endpoint_configured

if TYPE_CHECKING:
    from repoagent.writers.base import Writer


class WriterChoice(NamedTuple):
    """The writer a run will use (``llm`` or not) and one line saying which and why."""

    llm: bool
    description: str

    def make(self, settings: Settings) -> Writer:
        """The chosen writer; the LLM writer falls back on the static one."""
        from repoagent.writers.static import StaticWriter

        static = StaticWriter(settings.docstring_style)
        if not self.llm:
            return static
        from repoagent.writers.llm import LLMWriter

        return LLMWriter(settings, static)


def choose_writer(settings: Settings) -> WriterChoice:
    """The writer ``settings.writer`` asks for."""
    if settings.writer == "static":
        return WriterChoice(False, "static writer (writer = static)")
    if settings.writer == "llm" and not endpoint_configured(settings):
        raise UsageError("writer llm needs an endpoint: set base_url (--base-url) or REPOAGENT_API_KEY / OPENAI_API_KEY")
    if settings.writer == "llm" or endpoint_configured(settings):
        where = settings.base_url or "the OpenAI API"
        why = "writer = llm" if settings.writer == "llm" else "an endpoint or key is configured"
        return WriterChoice(True, f"LLM writer: {settings.model} at {where} ({why})")
    return WriterChoice(False, "static writer (no LLM endpoint or key configured; set base_url or OPENAI_API_KEY to use one)")

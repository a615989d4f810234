"""Shared pytest configuration: no test may reach a real LLM or read the user's keys."""

import pytest


@pytest.fixture(autouse=True)
def _no_real_endpoints(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "REPOAGENT_API_KEY", "REPOAGENT_BASE_URL"):
        monkeypatch.delenv(variable, raising=False)

"""Shared pytest configuration: no test may reach a real LLM or read the user's keys,
nor write the user's cache folder (the memo of repoagent's code fingerprint)."""

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def _cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("xdg-cache")


@pytest.fixture(autouse=True)
def _no_real_endpoints(monkeypatch: pytest.MonkeyPatch, _cache_folder: Path) -> None:
    for variable in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "REPOAGENT_API_KEY", "REPOAGENT_BASE_URL"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(_cache_folder))

"""Shared pytest configuration: no test may reach a real LLM or read the user's keys,
nor write the user's cache folder (the memo of repoagent's code fingerprint)."""

from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session", autouse=True)
def _private_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A cache folder of the session's own, set before any fixture of a wider scope
    than a test's runs repoagent (the pre-commit framework's environment is one)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
        yield


@pytest.fixture(autouse=True)
def _no_real_endpoints(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "REPOAGENT_API_KEY", "REPOAGENT_BASE_URL"):
        monkeypatch.delenv(variable, raising=False)

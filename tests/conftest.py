"""Shared pytest configuration: no test may reach a real LLM or read the user's keys,
nor write the user's cache folder (the memo of repoagent's code fingerprint)."""

import os
import shutil
import tempfile

import pytest

_CACHE_FOLDER = pytest.StashKey[tuple[str, str | None]]()


def pytest_configure(config: pytest.Config) -> None:
    """A cache folder of the run's own, set before the tests are collected: importing
    the stamp or a cache module computes repoagent's code fingerprint, whose memo
    lives in the cache folder, and so does every repoagent a test starts."""
    folder = tempfile.mkdtemp(prefix="repoagent-tests-cache-")
    config.stash[_CACHE_FOLDER] = (folder, os.environ.get("XDG_CACHE_HOME"))
    os.environ["XDG_CACHE_HOME"] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    folder, previous = config.stash[_CACHE_FOLDER]
    if previous is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = previous
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def _no_real_endpoints(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "REPOAGENT_API_KEY", "REPOAGENT_BASE_URL"):
        monkeypatch.delenv(variable, raising=False)

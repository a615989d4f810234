"""What an endpoint's HTTP can do to a run: a redirect must not carry the prompt to
another origin, and a body without end, or one that decompresses without end,
must not fill memory. Each ends the section
with one line naming what happened; the run completes with the static text."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

import pytest

from repoagent.llm_http import MAX_BODY_BYTES
from tests.llm.test_docs_llm import docs, repo, sections  # noqa: F401 (the repo fixture)
from tests.support.git_repo import GitRepo
from tests.support.llm_server import ENDLESS_BYTES, LLMServer


@pytest.fixture(autouse=True)
def quick_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPOAGENT_TIMEOUT", "5")
    monkeypatch.setenv("REPOAGENT_RETRIES", "0")
    monkeypatch.setenv("REPOAGENT_JOBS", "1")


def test_a_redirect_is_not_followed_and_the_prompt_goes_nowhere_else(
    repo: GitRepo, server: Callable[..., LLMServer], capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    elsewhere = server()
    redirecting = server(redirect_to=elsewhere.url)
    assert docs(repo, redirecting) == 0
    err = capsys.readouterr().err
    assert redirecting.requests and not elsewhere.requests
    assert f"the endpoint redirected to {elsewhere.url}/chat/completions; redirects are not followed" in err
    assert "Traceback" not in err
    assert set(sections(repo.root / "docs/repoagent").values()) == {"static-fallback"}


def test_an_endless_body_is_read_only_up_to_the_limit(
    repo: GitRepo, server: Callable[..., LLMServer], capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    peak = _peak_memory_of_docs(repo, server(fault_rate=1.0, faults=("endless",), hang_seconds=30))
    err = capsys.readouterr().err
    assert f"the answer's body passed {MAX_BODY_BYTES >> 20} MiB; the rest was not read" in err
    assert "Traceback" not in err
    assert peak < 3 * MAX_BODY_BYTES < ENDLESS_BYTES
    assert set(sections(repo.root / "docs/repoagent").values()) == {"static-fallback"}


def test_a_compressed_answer_is_refused_before_it_is_decompressed(
    repo: GitRepo, server: Callable[..., LLMServer], capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    bomb = server(fault_rate=1.0, faults=("bomb",))
    peak = _peak_memory_of_docs(repo, bomb)
    err = capsys.readouterr().err
    assert "the answer came compressed (gzip) although none was asked for" in err
    assert "Traceback" not in err
    assert peak < 3 * MAX_BODY_BYTES < ENDLESS_BYTES
    assert {headers.get("accept-encoding") for headers in bomb.request_headers} == {"identity"}


def _peak_memory_of_docs(repo: GitRepo, endpoint: LLMServer) -> int:
    """The most memory Python held while ``docs`` ran against ``endpoint`` (and exited 0)."""
    tracemalloc.start()
    try:
        assert docs(repo, endpoint) == 0
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

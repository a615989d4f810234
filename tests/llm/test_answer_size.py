"""A huge answer (issue 11 item 7): capped by ``max_tokens``, refused by size when an
endpoint ignores the cap, asked again, then the static section; pages stay small."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from repoagent.cli import main
from tests.llm.conftest import naming_answer
from tests.llm.test_docs_llm import docs, repo, sections  # noqa: F401 (the repo fixture)
from tests.support.git_repo import GitRepo
from tests.support.llm_server import LLMServer

FIVE_MB = 5 * 1024 * 1024


def huge_for_square(prompt: str) -> str:
    """A 5 MB section for ``square`` (a well-formed start, then endless text); others are normal."""
    answer = naming_answer(prompt)
    if "`pkg.geometry.square`" in prompt.split("\n", 1)[0]:
        return answer + "\n\n" + "It squares. " * (FIVE_MB // 12)
    return answer


@pytest.fixture(autouse=True)
def quick_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPOAGENT_TIMEOUT", "20")
    monkeypatch.setenv("REPOAGENT_RETRIES", "0")


@pytest.mark.parametrize("honour", [True, False], ids=["endpoint-cuts-at-max-tokens", "endpoint-ignores-max-tokens"])
def test_a_5_mb_answer_is_refused_asked_again_then_written_statically(
    repo: GitRepo, server: Callable[..., LLMServer], capsys: pytest.CaptureFixture[str], honour: bool  # noqa: F811
) -> None:
    endpoint = server(answer=huge_for_square, honour_max_tokens=honour)
    assert docs(repo, endpoint) == 0
    assert {request.get("max_tokens") for request in endpoint.requests} == {1500}
    asked_square = [p for p in endpoint.prompts if "`pkg.geometry.square`" in p.split("\n", 1)[0]]
    assert len(asked_square) == 2  # refused once, asked again with the complaint, refused again
    assert ("cut off at max_answer_tokens" if honour else "too long") in asked_square[1]
    out = repo.root / "docs/repoagent"
    written = sections(out)
    assert written["pkg.geometry.square"] == "static-fallback"
    assert {writer for node_id, writer in written.items() if node_id != "pkg.geometry.square"} == {"llm"}
    assert sum(page.stat().st_size for page in out.rglob("*.md")) < 20_000
    assert "pkg.geometry.square: LLM gave no usable section" in capsys.readouterr().err


def test_max_answer_tokens_0_sends_no_cap(repo: GitRepo, server: Callable[..., LLMServer], monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    monkeypatch.setenv("REPOAGENT_MAX_ANSWER_TOKENS", "0")
    endpoint = server()
    assert docs(repo, endpoint) == 0
    assert endpoint.requests and all("max_tokens" not in request for request in endpoint.requests)


def test_a_negative_cap_is_one_line_and_exit_2(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    repo.write("pyproject.toml", "[tool.repoagent]\nmax_answer_tokens = -5\n")
    assert main(["status", str(repo.root)]) == 2
    err = capsys.readouterr().err
    assert "max_answer_tokens = -5" in err and "at least 0" in err and "Traceback" not in err

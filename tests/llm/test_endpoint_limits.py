"""A dead or hanging endpoint and a model that keeps failing (issue 11 item 8): the
run's deadline, the circuit breaker, and the bounded retry of fallback sections."""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Callable

import pytest

from repoagent.cli import main
from repoagent.config import Settings
from repoagent.graph.build import build_graph
from repoagent.writers.fallbacks import MAX_TRIES
from repoagent.writers.guard import BREAKER_FAILURES
from tests.llm.test_docs_llm import docs, repo, sections  # noqa: F401 (the repo fixture)
from tests.support.git_repo import GitRepo
from tests.support.llm_server import LLMServer

_NODE = re.compile(r"section for the \w+ `([^`]+)`")


@pytest.fixture(autouse=True)
def endpoint_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPOAGENT_TIMEOUT", "60")  # the defaults' scale: only the guard keeps runs short
    monkeypatch.setenv("REPOAGENT_RETRIES", "2")


def dead_url() -> str:
    """An address on loopback where nothing listens (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def run_docs(repo: GitRepo, base_url: str, *extra: str) -> int:
    return main(["docs", str(repo.root), "--writer", "llm", "--base-url", base_url, "--model", "loopback", *extra])


def asked_nodes(server: LLMServer) -> list[str]:
    return [found.group(1) for prompt in server.prompts if (found := _NODE.search(prompt))]


def test_a_dead_endpoint_trips_the_breaker_and_later_runs_ask_again(
    repo: GitRepo, server: Callable[..., LLMServer], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    monkeypatch.setenv("REPOAGENT_RETRY_FALLBACKS", "1")
    started = time.monotonic()
    assert run_docs(repo, dead_url(), "--jobs", "1") == 0
    assert time.monotonic() - started < 30  # not nodes x 2 x (retries + 1) x timeout
    out = capsys.readouterr().out
    assert out.count("stopped asking") == 1
    assert f"{BREAKER_FAILURES} requests in a row could not connect or timed out" in out
    written = sections(repo.root / "docs/repoagent")
    nodes = set(build_graph(repo.root, Settings()).nodes)
    assert set(written) == nodes and set(written.values()) == {"static-fallback", "static-unasked"}
    failed = {node_id for node_id, writer in written.items() if writer == "static-fallback"}
    assert 1 <= len(failed) <= BREAKER_FAILURES
    # The endpoint is back: every section never asked is asked now; of the failed ones,
    # retry_fallbacks (1).
    healthy = server()
    assert run_docs(repo, healthy.url) == 0
    assert set(asked_nodes(healthy)) == (nodes - failed) | {sorted(failed)[0]}
    assert "static-unasked" not in sections(repo.root / "docs/repoagent").values()


@pytest.mark.parametrize(("fault", "hang_seconds"), [("timeout", 30), ("drip", 60)], ids=["hanging", "dripping"])
def test_a_hanging_or_dripping_endpoint_is_cut_off_by_the_deadline(
    repo: GitRepo, server: Callable[..., LLMServer], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,  # noqa: F811
    fault: str, hang_seconds: int,
) -> None:
    # A byte every 0.1 s (drip) never trips a socket timeout: the run went on for hours.
    monkeypatch.setenv("REPOAGENT_DEADLINE", "2")
    slow = server(fault_rate=1.0, faults=(fault,), hang_seconds=hang_seconds)
    started = time.monotonic()
    assert run_docs(repo, slow.url) == 0
    assert time.monotonic() - started < 15  # the deadline plus the client's backoff, not 60 s per try
    out = capsys.readouterr().out
    assert "stopped asking: the run's LLM deadline (2 s) passed" in out
    assert set(sections(repo.root / "docs/repoagent").values()) <= {"static-fallback", "static-unasked"}


def test_a_model_that_keeps_failing_is_retried_a_bounded_number_of_times(
    repo: GitRepo, server: Callable[..., LLMServer], monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    monkeypatch.setenv("REPOAGENT_RETRY_FALLBACKS", "2")
    nodes = set(build_graph(repo.root, Settings()).nodes)
    refusing = server(answer=lambda prompt: "- a list, never a summary")
    tries: dict[str, int] = {}
    for _ in range(2 + len(nodes) * MAX_TRIES):
        before = len(refusing.requests)
        assert run_docs(repo, refusing.url) == 0
        asked = set(asked_nodes(refusing)[before:] if before else asked_nodes(refusing))
        if before:
            assert len(asked) <= 2  # retry_fallbacks per run
        for node_id in asked:
            tries[node_id] = tries.get(node_id, 0) + 1
        if not asked:
            break
    assert tries == {node_id: MAX_TRIES for node_id in nodes}  # then given up
    asked_before = len(refusing.requests)
    assert run_docs(repo, refusing.url) == 0
    assert len(refusing.requests) == asked_before  # nothing hopeless is asked again
    repo.write("pkg/geometry.py", (repo.root / "pkg/geometry.py").read_text().replace("return x * x", "return x ** 2"))
    assert run_docs(repo, refusing.url) == 0
    assert set(asked_nodes(refusing)[asked_before:]) == {"pkg.geometry.square"}  # changed code: counted afresh


def test_a_forged_tries_file_only_decides_what_is_retried(repo: GitRepo, server: Callable[..., LLMServer]) -> None:  # noqa: F811
    refusing = server(answer=lambda prompt: "- a list")
    assert run_docs(repo, refusing.url) == 0
    tries = repo.root / ".repoagent/fallback-tries.json"
    assert tries.is_file()
    for forged in ('{"pkg.geometry.square": {"hash": 1, "tries": "x"}}', "[1, 2]", "not json", '{"a": null}'):
        tries.write_text(forged)
        asked = len(refusing.requests)
        assert run_docs(repo, refusing.url) == 0  # read defensively: no crash
        assert len(refusing.requests) > asked  # unreadable entries count as tried once: retried


def test_an_answer_of_the_wrong_types_is_an_empty_answer(
    repo: GitRepo, server: Callable[..., LLMServer], capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    # content a list crashed the run with a traceback (exit 3).
    mistyped = server(fault_rate=1.0, faults=("mistyped",))
    assert run_docs(repo, mistyped.url) == 0
    captured = capsys.readouterr()
    assert "internal error" not in captured.err and "the answer was empty" in captured.err
    assert set(sections(repo.root / "docs/repoagent").values()) == {"static-fallback"}

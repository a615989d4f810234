"""``repoagent docs`` with the LLM writer, end to end: real git, real HTTP, real client."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from repoagent.cli import main
from repoagent.config import Settings
from repoagent.graph.build import build_graph
from tests.llm.conftest import GEOMETRY
from tests.support.git_repo import GitRepo, git_environment
from tests.support.llm_server import LLMServer

_NODE = re.compile(r"section for the \w+ `([^`]+)`")
MARKER = re.compile(r"<!-- repoagent: id=(\S+) .*?writer=([\w-]+)")


def many_modules(count: int = 3, functions: int = 6) -> dict[str, str]:
    files = {"pkg/__init__.py": ""}
    for m in range(count):
        body = "".join(f"def f{m}_{i}(x):\n    return f{m}_{i - 1}(x) + 1\n\n\n" for i in range(1, functions))
        files[f"pkg/mod{m}.py"] = f'"""Module {m}."""\n\n\ndef f{m}_0(x):\n    return x\n\n\n{body}'
    return files


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    repo = GitRepo.init(tmp_path / "repo")
    for path, text in GEOMETRY.items():
        repo.write(path, text)
    repo.commit("geometry")
    return repo


def sections(out: Path) -> dict[str, str]:
    """Node id -> writer, from every page's provenance markers."""
    return {m.group(1): m.group(2) for page in out.rglob("*.md") for m in MARKER.finditer(page.read_text())}


def docs(repo: GitRepo, server: LLMServer, *extra: str) -> int:
    cwd = os.getcwd()
    os.chdir(repo.root)
    try:
        return main(["docs", ".", "--writer", "llm", "--base-url", server.url, "--model", "loopback", *extra])
    finally:
        os.chdir(cwd)


@pytest.fixture(autouse=True)
def quick_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPOAGENT_TIMEOUT", "0.5")
    monkeypatch.setenv("REPOAGENT_RETRIES", "2")


def test_docs_writes_llm_sections_with_provenance(repo: GitRepo, server: Callable[..., LLMServer]) -> None:
    endpoint = server()
    assert docs(repo, endpoint) == 0
    page = (repo.root / "docs/repoagent/pkg/geometry.py.md").read_text()
    assert "Summary of `pkg.geometry.square`." in page
    assert "writer=llm model=loopback" in page
    asked = len(endpoint.requests)
    assert docs(repo, endpoint) == 0  # nothing stale: nothing asked
    assert len(endpoint.requests) == asked


def test_faults_at_thirty_percent_leave_no_page_half_written(
    repo: GitRepo, server: Callable[..., LLMServer], capsys: pytest.CaptureFixture[str]
) -> None:
    for path, text in many_modules().items():
        repo.write(path, text)
    repo.commit("more")
    flaky = server(fault_rate=0.3, seed=3, hang_seconds=1.0)
    assert docs(repo, flaky) == 0
    out = repo.root / "docs/repoagent"
    written = sections(out)
    assert set(written) == set(build_graph(repo.root, Settings()).nodes)  # every node has its section
    static = {node_id for node_id, writer in written.items() if writer == "static-fallback"}
    errors = capsys.readouterr().err
    assert all(node_id in errors for node_id in static)  # each fallback is reported
    assert not [p for p in out.rglob("*") if p.name.startswith(".")]  # no temporary page left behind
    healthy = server()
    assert docs(repo, healthy) == 0
    # The rerun asks for exactly what is missing: the fallbacks, once each.
    assert sorted(_NODE.search(p).group(1) for p in healthy.prompts) == sorted(static)  # type: ignore[union-attr]
    assert "static-fallback" not in sections(out).values()


ENVIRONMENT = {k: v for k, v in git_environment().items() if not k.startswith(("OPENAI_", "REPOAGENT_"))}


def docs_command(server: LLMServer) -> list[str]:
    return [sys.executable, "-m", "repoagent", "docs", ".", "--writer", "llm", "--base-url", server.url, "--model", "loopback", "--jobs", "1"]


def test_a_killed_run_resumes_from_the_cache(repo: GitRepo, server: Callable[..., LLMServer]) -> None:
    for path, text in many_modules(count=4, functions=8).items():
        repo.write(path, text)
    repo.commit("more")
    slow = server(delay=0.15)
    process = subprocess.Popen(docs_command(slow), cwd=repo.root, env=ENVIRONMENT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cache = repo.root / ".repoagent/llm"
    deadline = time.monotonic() + 60
    while len(list(cache.rglob("*.json"))) < 6 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    paid = set(slow.answered)
    assert len(paid) >= 6
    again = server()
    subprocess.run(docs_command(again), cwd=repo.root, env=ENVIRONMENT, check=True, capture_output=True)
    total = len(sections(repo.root / "docs/repoagent"))
    asked_again = paid & set(again.prompts)
    assert len(asked_again) <= 1  # at most the one answer in flight when the run was killed
    assert len(again.prompts) <= total - len(paid) + 1


def test_dry_run_estimates_before_sending_and_a_run_reports_its_cost(
    repo: GitRepo, server: Callable[..., LLMServer], capsys: pytest.CaptureFixture[str]
) -> None:
    endpoint = server()
    capsys.readouterr()
    assert docs(repo, endpoint, "--dry-run") == 0
    out = capsys.readouterr().out
    nodes = len(build_graph(repo.root, Settings()).nodes)
    assert f"LLM estimate: {nodes} calls, about " in out
    assert endpoint.requests == []  # nothing sent
    assert not (repo.root / "docs/repoagent").exists()
    assert docs(repo, endpoint) == 0
    out = capsys.readouterr().out
    assert f"LLM: {nodes} calls (0 failed), 0 cache hits" in out
    assert f"of {nodes} sections name only real identifiers" in out

"""Two writing runs at once: the second waits for the first (``lock_wait``), or stops.

Both are real ``repoagent docs`` processes against the loopback LLM server, the first
slowed down so that it is still writing when the second starts.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from tests.support.git_repo import GitRepo
from tests.support.hooks import CODE, environment, repoagent
from tests.support.llm_server import LLMServer


def repository(root: Path) -> GitRepo:
    repo = GitRepo.init(root)
    repo.write("pkg/__init__.py", "")
    repo.write("pkg/mod.py", CODE)
    repo.commit("code")
    return repo


def start_slow_run(repo: GitRepo, server: LLMServer) -> subprocess.Popen[str]:
    """A docs run that is busy (inside the lock) once the server has seen a prompt."""
    first = subprocess.Popen(
        [sys.executable, "-m", "repoagent", "docs", "--writer", "llm", "--base-url", server.url, "--jobs", "1"],
        cwd=repo.root, env=environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 30
    while not server.prompts:
        assert first.poll() is None and time.monotonic() < deadline, first.communicate()
        time.sleep(0.05)
    return first


def test_a_second_run_gives_up_after_lock_wait(tmp_path: Path) -> None:
    repo = repository(tmp_path / "repo")
    with LLMServer(delay=1.5) as server:
        first = start_slow_run(repo, server)
        started = time.monotonic()
        second = repoagent(repo.root, "docs", "--writer", "llm", "--base-url", server.url, REPOAGENT_LOCK_WAIT="0.5")
        waited = time.monotonic() - started
        assert first.poll() is None, "the first run ended before the second gave up: no contention tested"
        out, err = first.communicate(timeout=60)
    assert second.returncode == 2 and second.stderr.count("\n") == 1, second.stderr
    assert "another repoagent run is writing" in second.stderr and "lock_wait" in second.stderr
    assert 0.5 <= waited < 5
    assert first.returncode == 0, err
    assert len(server.prompts) == 4  # one per object (two modules, two functions): the second run asked nothing


def test_a_second_run_waits_and_then_pays_nothing_twice(tmp_path: Path) -> None:
    repo = repository(tmp_path / "repo")
    with LLMServer(delay=0.5) as server:
        first = start_slow_run(repo, server)
        second = repoagent(repo.root, "docs", "--writer", "llm", "--base-url", server.url, REPOAGENT_LOCK_WAIT="60")
        assert first.wait(timeout=60) == 0
    assert second.returncode == 0, second.stderr
    assert len(server.prompts) == 4  # one per object, asked once: the second run found the docs current


def test_a_bad_lock_wait_is_one_line(tmp_path: Path) -> None:
    repo = repository(tmp_path / "repo")
    result = repoagent(repo.root, "docs", "--writer", "static", REPOAGENT_LOCK_WAIT="-1")
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "lock_wait" in result.stderr


def test_a_lock_that_is_a_link_is_removed_not_followed(tmp_path: Path) -> None:
    """``.repoagent/lock`` replaced by a link (to a file outside, which may not exist):
    opening it without following raised ELOOP, a traceback (exit 3)."""
    repo = repository(tmp_path / "repo")
    assert repoagent(repo.root, "docs").returncode == 0
    outside = tmp_path / "outside-lock"
    lock = repo.root / ".repoagent" / "lock"
    lock.unlink()
    lock.symlink_to(outside)
    repo.write("pkg/mod.py", CODE + "\n\ndef more():\n    return 1\n")
    result = repoagent(repo.root, "docs")
    assert result.returncode == 0, result.stderr
    assert not lock.is_symlink() and lock.is_file() and not outside.exists()

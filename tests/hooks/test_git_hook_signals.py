"""The plain git hook interrupted for real: signals to a hook run in a real repository.

The run is made slow by a loopback LLM endpoint that takes a minute to answer, so
the signal always lands while ``repoagent docs --staged`` is waiting for it, with
the user's unstaged work set aside.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from repoagent.cli.hook import install_hook
from tests.support.git_repo import GitRepo
from tests.support.hooks import CODE, documented_repo, environment, repoagent
from tests.support.llm_server import LLMServer

CHANGED = CODE.replace("return x + 1", "return x + 2")
UNSTAGED = "# my unstaged work, not ready to commit\n"
WIP = "def later():\n    return 'not ready'\n"
PATCH = ".git/repoagent-hook/unstaged.patch"


@pytest.fixture()
def slow_endpoint() -> Iterator[LLMServer]:
    with LLMServer(delay=60) as server:
        yield server


@pytest.fixture()
def repo(tmp_path: Path) -> GitRepo:
    """A documented repository with the hook installed, a code change staged, and
    unstaged work: an edit on top of it, an edited page, an intent-to-add file."""
    repo = documented_repo(tmp_path / "repo")
    install_hook(repo.root)
    repo.write("pkg/mod.py", CHANGED)
    repo.add("pkg/mod.py")
    repo.write("pkg/mod.py", CHANGED + UNSTAGED)
    repo.write("pkg/wip.py", WIP)
    repo.git("add", "--intent-to-add", "pkg/wip.py")
    return repo


def start_hook(repo: GitRepo, endpoint: LLMServer) -> subprocess.Popen[str]:
    """The installed hook, run as git runs it, writing with the slow endpoint; returns
    once repoagent waits for its first answer."""
    env = environment(REPOAGENT_BASE_URL=endpoint.url, REPOAGENT_API_KEY="test", REPOAGENT_JOBS="1")
    hook = subprocess.Popen(
        [str(repo.root / ".git/hooks/pre-commit")], cwd=repo.root, env=env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while not endpoint.requests:
        assert hook.poll() is None, hook.communicate()
        assert time.monotonic() < deadline, "the hook never asked the endpoint"
        time.sleep(0.05)
    assert (repo.root / PATCH).is_file()
    assert (repo.root / "pkg/mod.py").read_text() == CHANGED  # the unstaged work is set aside
    return hook


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def ended(pid: int, within: float = 30) -> bool:
    """Whether process ``pid`` ends (is gone or a zombie) within ``within`` seconds."""
    deadline = time.monotonic() + within
    while True:
        try:
            state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return True
        if state in ("Z", "X"):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


def assert_work_in_place(repo: GitRepo) -> None:
    assert (repo.root / "pkg/mod.py").read_text() == CHANGED + UNSTAGED
    assert repo.git("diff", "--cached", "--name-only") == "pkg/mod.py"
    assert repo.git("show", ":pkg/mod.py") == CHANGED.strip()
    assert (repo.root / "pkg/wip.py").read_text() == WIP
    assert repo.git("diff", "--name-only", "--diff-filter=A") == "pkg/wip.py"  # still intent-to-add
    assert not (repo.root / PATCH).exists()


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_caught_signal_stops_repoagent_and_restores_the_work(
    repo: GitRepo, slow_endpoint: LLMServer, number: int
) -> None:
    hook = start_hook(repo, slow_endpoint)
    (docs,) = children(hook.pid)
    hook.send_signal(number)
    _, stderr = hook.communicate(timeout=60)

    assert hook.returncode == 128 + number, stderr
    assert f"interrupted ({signal.Signals(number).name}); your unstaged work is back in place" in stderr
    assert ended(docs, within=0)  # stopped and reaped before the hook ended
    assert_work_in_place(repo)


def test_ctrl_c_on_git_commit_restores_the_work(repo: GitRepo, slow_endpoint: LLMServer) -> None:
    """A terminal's Ctrl-C: SIGINT to git, the hook and repoagent at once."""
    env = environment(REPOAGENT_BASE_URL=slow_endpoint.url, REPOAGENT_API_KEY="test", REPOAGENT_JOBS="1")
    commit = subprocess.Popen(
        ["git", "commit", "-q", "-m", "change"], cwd=repo.root, env=env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while not slow_endpoint.requests:
        assert commit.poll() is None and time.monotonic() < deadline, commit.communicate()
        time.sleep(0.05)
    (hook,) = children(commit.pid)
    head = repo.head()
    os.killpg(commit.pid, signal.SIGINT)
    commit.communicate(timeout=60)
    assert ended(hook)
    assert repo.head() == head
    assert_work_in_place(repo)


def test_sigkill_leaves_a_named_patch_that_the_next_commit_restores(repo: GitRepo, slow_endpoint: LLMServer) -> None:
    hook = start_hook(repo, slow_endpoint)
    (docs,) = children(hook.pid)
    hook.kill()
    hook.communicate(timeout=60)
    assert ended(docs)  # the kernel told repoagent its hook died; it stopped writing

    assert (repo.root / "pkg/mod.py").read_text() == CHANGED  # the work is only in the patch now
    assert UNSTAGED.strip() in (repo.root / PATCH).read_text()

    result = subprocess.run(
        ["git", "commit", "-q", "-m", "change"], cwd=repo.root, env=environment(), capture_output=True, text=True
    )
    assert "restored the unstaged work an interrupted hook run had set aside" in result.stderr
    assert result.returncode == 1, result.stderr  # and then the hook did its job: pages rewritten
    assert_work_in_place(repo)


def test_sigkill_leftover_is_restored_by_repoagent_docs(repo: GitRepo, slow_endpoint: LLMServer) -> None:
    hook = start_hook(repo, slow_endpoint)
    hook.kill()
    hook.communicate(timeout=60)

    result = repoagent(repo.root, "docs")
    assert result.returncode == 0, result.stderr
    assert "restored the unstaged work" in result.stderr
    assert_work_in_place(repo)


def test_a_leftover_that_no_longer_applies_is_named_with_the_command_to_apply_it(
    repo: GitRepo, slow_endpoint: LLMServer
) -> None:
    hook = start_hook(repo, slow_endpoint)
    hook.kill()
    hook.communicate(timeout=60)
    redone = CHANGED.replace("return helper(2)", "return helper(3)")
    repo.write("pkg/mod.py", redone)  # the user edits the same lines again meanwhile

    result = subprocess.run(
        ["git", "commit", "-q", "-m", "change"], cwd=repo.root, env=environment(), capture_output=True, text=True
    )
    assert result.returncode == 1  # git's code for a failed hook (the hook's own: 2)
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("repoagent: error: ") and PATCH in line and "git apply --reject" in line
    assert (repo.root / "pkg/mod.py").read_text() == redone  # nothing overwritten
    assert (repo.root / PATCH).is_file()

    repo.write("pkg/mod.py", CHANGED)  # the user drops the redone edit and applies the patch as told
    repo.git("apply", "--reject", str(repo.root / PATCH))
    assert (repo.root / "pkg/mod.py").read_text() == CHANGED + UNSTAGED


def test_a_commit_with_nothing_staged_still_restores_a_leftover(repo: GitRepo, slow_endpoint: LLMServer) -> None:
    """The shim's fast path (nothing staged) does not skip the recovery."""
    hook = start_hook(repo, slow_endpoint)
    hook.kill()
    hook.communicate(timeout=60)
    repo.git("restore", "--staged", "pkg/mod.py")

    result = subprocess.run(
        ["git", "commit", "-q", "--allow-empty", "-m", "empty"], cwd=repo.root, env=environment(),
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "restored the unstaged work" in result.stderr
    assert (repo.root / "pkg/mod.py").read_text() == CHANGED + UNSTAGED
    assert not (repo.root / PATCH).exists()

"""The server for real: started, sent hook lines by the ``repoagent`` program in
real repositories, stopped; each run compared with the same line run in a process
of its own."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import repoagent
from tests.support.git_repo import GitRepo
from tests.support.hooks import CODE, documented_repo, environment
from tests.support.llm_server import LLMServer

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the server needs fork and Unix sockets")

CHANGED = CODE.replace("return x + 1", "return x + 2")


class Server:
    """``repoagent`` run with a private runtime folder of its own, so that the
    test's server is nobody else's (and the socket path stays short)."""

    def __init__(self, runtime: Path, **env: str) -> None:
        self.runtime = runtime
        self.env = env

    def run(self, root: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-P", "-m", "repoagent", *args], cwd=root, capture_output=True, text=True,
                              env=environment(**{"XDG_RUNTIME_DIR": str(self.runtime), **self.env, **env}))

    def runs(self) -> int | None:
        """How many lines the server has run; ``None``: no server answers."""
        result = self.run(self.runtime, "server", "status")
        if result.returncode == 1:
            return None
        assert result.returncode == 0, result.stderr
        return int(result.stdout.split(", ")[1].split()[0])


@pytest.fixture()
def server() -> Iterator[Server]:
    runtime = Path(tempfile.mkdtemp(prefix="ra"))
    runtime.chmod(0o700)
    started = Server(runtime)
    try:
        yield started
    finally:
        started.run(runtime, "server", "stop")
        shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture()
def repo(tmp_path: Path) -> GitRepo:
    """A documented repository with a code change staged."""
    repo = documented_repo(tmp_path / "repo")
    repo.write("pkg/mod.py", CHANGED)
    repo.add("pkg/mod.py")
    return repo


def twin(repo: GitRepo, destination: Path) -> Path:
    """A copy of ``repo`` with its index and history, for the line run without a server."""
    shutil.copytree(repo.root, destination, symlinks=True)
    return destination


def test_a_hook_line_runs_in_the_server_as_in_a_process_of_its_own(server: Server, repo: GitRepo, tmp_path: Path) -> None:
    alone = twin(repo, tmp_path / "alone")
    started = server.run(repo.root, "server", "start")
    assert started.returncode == 0, started.stderr
    assert server.runs() == 0

    for args in (["status", "--staged"], ["docs", "--staged", "--check"], ["docs", "--staged"], ["status", "--staged"]):
        served, own = server.run(repo.root, *args), server.run(alone, *args, XDG_RUNTIME_DIR=str(tmp_path / "none"))
        assert (served.returncode, served.stdout, served.stderr) == (own.returncode, own.stdout, own.stderr), args
    assert server.runs() == 4
    pages = sorted(p.relative_to(repo.root) for p in (repo.root / "docs").rglob("*.md"))
    assert pages == sorted(p.relative_to(alone) for p in (alone / "docs").rglob("*.md"))
    assert all((repo.root / page).read_bytes() == (alone / page).read_bytes() for page in pages)
    assert repo.git("status", "--short", "docs")  # the docs run rewrote pages


def test_the_run_takes_the_callers_folder_environment_and_exit_code(server: Server, repo: GitRepo) -> None:
    server.run(repo.root, "server", "start")
    nested = repo.root / "pkg"
    bad = server.run(nested, "status", "--staged", str(repo.root / "missing"))
    assert bad.returncode == 2 and bad.stderr.startswith("repoagent: error:") and bad.stderr.count("\n") == 1
    settings = server.run(nested, "status", "--staged", REPOAGENT_JOBS="none")
    assert settings.returncode == 2 and "REPOAGENT_JOBS" in settings.stderr, settings.stderr
    assert server.runs() == 2
    # An environment larger than the socket's buffer goes in parts; one past 1 MiB is
    # refused, and the program runs the line itself.
    large = {f"PADDING_{n}": "x" * 100_000 for n in range(4)}
    assert server.run(nested, "status", "--staged", **large).returncode == 0
    assert server.runs() == 3
    huge = {f"PADDING_{n}": "x" * 100_000 for n in range(12)}
    assert server.run(nested, "status", "--staged", **huge).returncode == 0
    assert server.runs() == 3


def test_other_command_lines_run_in_the_program(server: Server, repo: GitRepo) -> None:
    server.run(repo.root, "server", "start")
    for args in (["status"], ["status", "--json"], ["graph", "--format", "json"]):
        assert server.run(repo.root, *args).returncode == 0, args
    assert server.runs() == 0


def test_a_folder_others_can_enter_is_never_used(server: Server, repo: GitRepo) -> None:
    server.run(repo.root, "server", "start")
    folder = server.runtime / "repoagent"
    folder.chmod(0o777)
    try:
        result = server.run(repo.root, "status", "--staged")
        assert result.returncode == 0 and "changed" in result.stdout
        assert server.runs() is None  # not even asked: the socket's folder is open to others
        refused = server.run(repo.root, "server", "start")
        assert refused.returncode == 2 and "is open to other users" in refused.stderr
        assert refused.stderr.count("\n") == 1
    finally:
        folder.chmod(0o700)
    assert server.runs() == 0


def test_a_server_whose_code_changed_refuses_and_stops(server: Server, repo: GitRepo, tmp_path: Path) -> None:
    code = tmp_path / "code"
    shutil.copytree(Path(repoagent.__file__).parent, code / "repoagent", ignore=shutil.ignore_patterns("__pycache__"))
    copy = Server(server.runtime, PYTHONPATH=str(code))
    try:
        assert copy.run(repo.root, "server", "start").returncode == 0
        assert copy.run(repo.root, "status", "--staged").returncode == 0
        assert copy.runs() == 1
        edited = code / "repoagent" / "docs.py"
        edited.write_text(edited.read_text(encoding="utf-8") + "\n# an upgrade\n", encoding="utf-8")
        result = copy.run(repo.root, "status", "--staged")
        assert result.returncode == 0 and "changed" in result.stdout  # run by the program itself
        deadline = time.monotonic() + 10
        while copy.runs() is not None:
            assert time.monotonic() < deadline, "the server did not stop"
            time.sleep(0.05)
    finally:
        copy.run(repo.root, "server", "stop")
    assert server.runs() is None  # the copy's server was the only one


def test_an_interrupt_reaches_the_run(server: Server, repo: GitRepo) -> None:
    with LLMServer(delay=60) as endpoint:
        slow = Server(server.runtime, REPOAGENT_BASE_URL=endpoint.url, REPOAGENT_API_KEY="test", REPOAGENT_JOBS="1")
        slow.run(repo.root, "server", "start")
        pages = {p: p.read_bytes() for p in (repo.root / "docs").rglob("*.md")}
        client = subprocess.Popen([sys.executable, "-P", "-m", "repoagent", "docs", "--staged"], cwd=repo.root, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  env=environment(XDG_RUNTIME_DIR=str(server.runtime), **slow.env))
        deadline = time.monotonic() + 120
        while not endpoint.requests:
            assert client.poll() is None and time.monotonic() < deadline, client.communicate()
            time.sleep(0.05)
        client.send_signal(signal.SIGINT)
        _, stderr = client.communicate(timeout=60)
    assert client.returncode == 130 and "repoagent: interrupted" in stderr, stderr
    assert {p: p.read_bytes() for p in (repo.root / "docs").rglob("*.md")} == pages
    assert slow.runs() == 1


def test_a_missing_runtime_folder_is_one_line_and_nothing_is_made(repo: GitRepo, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-runtime"
    result = Server(missing).run(repo.root, "server", "start")
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "does not exist" in result.stderr
    assert not missing.exists()


def test_a_request_of_another_kind_gets_no_answer_and_the_server_stays(server: Server, repo: GitRepo) -> None:
    import socket

    from repoagent.server.address import pack

    server.run(repo.root, "server", "start")
    sockets = list((server.runtime / "repoagent").glob("*.sock"))
    assert len(sockets) == 1
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(10)
        connection.connect(str(sockets[0]))
        connection.sendall(pack([b"upgrade", b"/"]))
        assert connection.recv(100) == b""
    assert server.runs() == 0
    assert server.run(repo.root, "status", "--staged").returncode == 0
    assert server.runs() == 1

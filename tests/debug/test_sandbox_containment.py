"""The sandbox against a hostile test: secrets in the environment, a fork bomb, and
children left running or detached. Every attack runs for real and is bounded on its
own (a fixed number of processes that exit by themselves), so a failing sandbox
costs seconds, never the machine."""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import time

import pytest

from repoagent.debug import supervisor
from repoagent.debug.sandbox import Limits, RunResult, Sandbox

SECRETS = {
    "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE",
    "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "GITHUB_TOKEN": "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
    "ANTHROPIC_API_KEY": "sk-ant-api03-secret",
    "OPENAI_API_KEY": "sk-proj-secret",
    "HTTPS_PROXY": "http://builder:hunter2@proxy.example:3128",
    "DATABASE_URL": "postgres://app:s3cret-pw@db.example/app",
    "PYTHONPATH": "/somewhere/outside/the/copy",
}
PRINT_ENV = [sys.executable, "-c", "import os; print('\\n'.join(f'{k}={v}' for k, v in os.environ.items()))"]


def _gone(pids: list[int]) -> bool:
    for pid in pids:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            continue
        return False
    return True


def _run(command: str | list[str], limits: Limits, files: dict[str, str] | None = None) -> tuple[RunResult, float, list[int]]:
    """Run ``command`` in a fresh sandbox: the result, its seconds, and the pids it wrote to ``pids``."""
    with Sandbox(files=files) as box:
        started = time.monotonic()
        result = box.run(command, limits)
        seconds = time.monotonic() - started
        return result, seconds, [int(line) for line in box.read("pids").split()]


def test_the_test_sees_an_allowlisted_environment(monkeypatch):
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("LC_ALL", "C.UTF-8")

    with Sandbox() as box:
        seen = box.run(PRINT_ENV, Limits(10)).stdout

    for name, value in SECRETS.items():
        assert value not in seen and f"{name}=" not in seen
    assert "builder" not in seen and "hunter2" not in seen
    assert f"PATH={os.environ['PATH']}\n" in seen and f"HOME={os.environ['HOME']}\n" in seen
    assert "LC_ALL=C.UTF-8\n" in seen and "PYTHONHASHSEED=0\n" in seen


def test_a_variable_passes_only_when_asked_for_by_name(monkeypatch):
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)

    with Sandbox(passed_env=["DATABASE_URL", "NOT_SET_ANYWHERE"]) as box:
        seen = box.run(PRINT_ENV, Limits(10)).stdout

    assert f"DATABASE_URL={SECRETS['DATABASE_URL']}\n" in seen
    assert "NOT_SET_ANYWHERE" not in seen and SECRETS["GITHUB_TOKEN"] not in seen


BOMB = (
    "import os, time\n"
    "for _ in range(150):  # bounded: at most 150 processes, each gone after 20 s\n"
    "    pid = os.fork()\n"
    "    if pid == 0:\n"
    "        time.sleep(20)\n"
    "        os._exit(0)\n"
    "    with open('pids', 'a') as out:\n"
    "        out.write(f'{pid}\\n')\n"
    "    time.sleep(0.01)  # root's guard is a count every 0.1 s: let it see the growth\n"
    "time.sleep(20)\n"
)


def test_a_fork_bomb_is_stopped_at_the_process_cap_and_killed():
    result, seconds, children = _run([sys.executable, "bomb.py"], Limits(timeout=30, processes=20), {"bomb.py": BOMB})

    assert seconds < 10 and not result.ok
    if os.geteuid() == 0:  # root is exempt from RLIMIT_NPROC: the supervisor's count stopped it
        assert result.too_many_processes and "more processes than its limit" in result.output
    assert len(children) < 150 and _gone(children)


def test_the_kernel_process_limit_is_set_for_the_test():
    script = "import resource; print(resource.getrlimit(resource.RLIMIT_NPROC)[0])"
    with Sandbox() as box:
        soft = int(box.run([sys.executable, "-c", script], Limits(10, processes=20)).stdout)

    assert soft != resource.RLIM_INFINITY and soft >= 20


def test_children_left_running_or_detached_are_killed_and_do_not_hold_the_run():
    leave = "setsid sleep 40 & echo $! > pids; sleep 40 & echo $! >> pids; echo done"
    result, seconds, children = _run(leave, Limits(timeout=5))

    assert result.ok and result.stdout == "done\n" and seconds < 3
    assert len(children) == 2 and _gone(children)


def test_a_run_that_times_out_kills_its_whole_tree():
    hang = "setsid sleep 40 & echo $! > pids; sleep 40"
    result, seconds, children = _run(hang, Limits(timeout=1))

    assert result.timed_out and seconds < 4 and _gone(children)


WALK_UP = """import os
found, pid = [], os.getpid()
while pid > 1:
    try:
        with open(f"/proc/{pid}/environ", "rb") as stream:
            if b"sk-proj-red2-secret" in stream.read():
                found.append(pid)
    except OSError:
        pass
    with open(f"/proc/{pid}/stat") as stream:
        pid = int(stream.read().rsplit(")", 1)[1].split()[1])
print("LEAKED" if found else "HIDDEN", found)
"""


LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and prctl are Linux's")


@LINUX
def test_a_process_that_runs_tests_is_not_dumpable():
    # Non-dumpable, its /proc entries (environ, cwd, mem) belong to root.
    check = ("import ctypes; from repoagent.debug.sandbox import Sandbox; box = Sandbox(); "
             "print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)); box.close()")
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "0"


@LINUX
@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every process's /proc entries")
def test_the_test_cannot_read_repoagent_s_environment_through_proc(tmp_path):
    # The allowlist kept the key out of the test's environment, but the test could
    # walk up its parents in /proc and read repoagent's own, key included.
    project = tmp_path / "project"
    project.mkdir()
    (project / "walk.py").write_text(WALK_UP)
    report = tmp_path / "report.txt"
    env = {**os.environ, "OPENAI_API_KEY": "sk-proj-red2-secret"}
    command = f"{sys.executable} walk.py > {report}"

    subprocess.run([sys.executable, "-m", "repoagent", "debug", str(project), "--test", command,
                    "--engine", "offline"], env=env, capture_output=True, timeout=120, check=False)

    assert report.read_text().startswith("HIDDEN"), report.read_text()


def test_output_without_end_keeps_its_first_and_last_bytes_and_says_how_much_was_cut(tmp_path):
    """A test printing in a loop wrote 1.6 GB in 6 s to the run's output file; the
    run keeps only the start and the end of each stream, on disk and in memory."""
    flood = [sys.executable, "-c", "import sys\nsys.stdout.write('first\\n')\nwhile True: sys.stdout.write('x' * 65536)"]
    with Sandbox() as box:
        result, seconds = _timed(box, flood, Limits(timeout=2))
        on_disk = sum(path.stat().st_size for path in box.root.parent.rglob("*") if path.is_file())
    kept, bound = len(result.stdout.encode()), supervisor.HEAD_BYTES + supervisor.TAIL_BYTES + 100
    assert result.timed_out and seconds < 9
    assert result.stdout.startswith("first\n")
    assert re.search(r"\nrepoagent: \d+ bytes of output cut here\n", result.stdout)
    assert kept <= bound and on_disk <= bound


def _timed(box: Sandbox, command: list[str], limits: Limits) -> tuple[RunResult, float]:
    started = time.monotonic()
    result = box.run(command, limits)
    return result, time.monotonic() - started


def test_the_test_cannot_choose_what_its_output_reads_as(tmp_path):
    """The run's output went to files beside the copy: a test that put links there
    made the next run's output the text of any file (and the supervisor died)."""
    victim = tmp_path / "victim"
    victim.write_text("precious\n")
    link = f"import os\nfor name in ('stdout', 'stderr'):\n    os.symlink({str(victim)!r}, os.path.join('..', name))\n"
    with Sandbox() as box:
        for _ in range(2):
            result = box.run([sys.executable, "-c", link + "print('mine')"], Limits(10))
            assert (result.returncode, result.stdout, result.stderr) == (0, "mine\n", "")
            for name in ("stdout", "stderr"):
                (box.root.parent / name).unlink(missing_ok=True)
    assert victim.read_text() == "precious\n"


def _traces_any_process() -> bool:
    """Whether this process holds CAP_SYS_PTRACE (root, usually), which opens every
    process's /proc entries, non-dumpable or not."""
    with open("/proc/self/status") as status:
        effective = next(line for line in status if line.startswith("CapEff:"))
    return bool(int(effective.split()[1], 16) >> 19 & 1)


@LINUX
@pytest.mark.skipif(sys.platform.startswith("linux") and _traces_any_process(), reason="CAP_SYS_PTRACE opens every /proc entry")
def test_the_test_cannot_forge_its_verdict_through_the_supervisor_s_pipes():
    """A failing test wrote ``0`` into the supervisor's answer pipe (/proc/PPID/fd/1)
    and was judged passing; the runs after it read the answers of the runs before."""
    forge = ("import os, sys\ntry:\n    open(f'/proc/{os.getppid()}/fd/1', 'w').write('0 6 0\\nforged')\n"
             "except OSError:\n    pass\nsys.exit(1)\n")
    with Sandbox() as box:
        forged = box.run([sys.executable, "-c", forge], Limits(10))
        after = box.run([sys.executable, "-c", "print('next')"], Limits(10))
    assert (forged.returncode, forged.stdout) == (1, "")
    assert (after.returncode, after.stdout) == (0, "next\n")

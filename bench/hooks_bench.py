"""Latency of the plain git pre-commit hook when nothing is stale.

Builds a git repository from an installed package (``click`` by default, about
12.7k lines of Python), documents it once with ``repoagent docs`` and commits,
installs the hook (``hooks/pre-commit``, a shim) with ``repoagent hook install``, then times, as
median of several runs:

* the hook with nothing staged (the shim's fast path: no Python at all);
* ``repoagent hook run`` with nothing staged, what that case would cost without
  the fast path (Python's start-up and the hook's own checks);
* the hook with a non-code change staged (nothing stale: the stamp of the first run
  answers, in the hook's own process);
* ``repoagent docs --staged`` called directly in the same state, to show what the
  hook script itself adds.

Usage: ``.venv/bin/python bench/hooks_bench.py [--package click] [--runs 7]``
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from repoagent.cli.hook import install_hook  # noqa: E402
from tests.support.git_repo import GitRepo, git_environment  # noqa: E402


def build_repository(package: str, folder: Path) -> tuple[GitRepo, int]:
    """A git repo holding a copy of ``package``, its docs current and committed."""
    source = Path(importlib.import_module(package).__file__).parent
    repo = GitRepo.init(folder)
    shutil.copytree(source, folder / package, ignore=shutil.ignore_patterns("__pycache__"))
    lines = sum(len(path.read_text(encoding="utf-8").splitlines()) for path in folder.rglob("*.py"))
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "repoagent", "docs"], cwd=folder, env=git_environment(), check=False)
    print(f"first docs run: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    repo.commit("code and docs")
    return repo, lines


def median_seconds(command: list[str], cwd: Path, runs: int, env: dict[str, str]) -> tuple[float, float, int]:
    """Median wall time and median CPU time (user + system, the command and every
    process it waited for) of ``command`` after one warm-up run, and its exit code.
    On a shared machine the wall measures the queue for the CPU; the CPU time does not."""
    subprocess.run(command, cwd=cwd, env=env, capture_output=True)
    walls, cpus, code = [], [], 0
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        code = subprocess.run(command, cwd=cwd, env=env, capture_output=True).returncode
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus), code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", default="click")
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        repo, lines = build_repository(arguments.package, Path(scratch) / "repo")
        install_hook(repo.root)
        hook = str(repo.root / ".git" / "hooks" / "pre-commit")
        env = {**git_environment(), "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
        cases = {}
        cases["hook, nothing staged (the shim's fast path)"] = median_seconds([hook], repo.root, arguments.runs, env)
        cases["`repoagent hook run`, nothing staged (no fast path)"] = median_seconds(
            [sys.executable, "-m", "repoagent", "hook", "run"], repo.root, arguments.runs, env
        )
        repo.write("NOTES.md", "a staged change that is not code\n")
        repo.add("NOTES.md")
        cases["hook, non-code change staged (nothing stale)"] = median_seconds(
            [hook], repo.root, arguments.runs, env
        )
        cases["`repoagent docs --staged` alone, same state"] = median_seconds(
            [sys.executable, "-m", "repoagent", "docs", "--staged"], repo.root, arguments.runs, env
        )
    print(f"{arguments.package}: {lines} lines of Python; {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, median of {arguments.runs} runs after one warm-up")
    print("\n| Case | Median wall | Median CPU | Exit |\n| --- | --- | --- | --- |")
    for case, (wall, cpu, code) in cases.items():
        print(f"| {case} | {wall * 1000:.0f} ms | {cpu * 1000:.0f} ms | {code} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

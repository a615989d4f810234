"""Benchmark the docs loop on a real repository: a cold run, a nothing-stale run
answered by the stamp, the first nothing-stale run after a commit, and a run after
one edited function.

The repository is a copy of an installed package (default: ``click``; ``--package
requests``) or, with ``--stdlib``, of the standard library's ``Lib/`` without
``test/`` and ``site-packages/``, committed to a fresh git repository in a temporary
folder and documented once with the static writer. Each measurement is the median
of several fresh ``repoagent`` processes (as installed), with wall time, CPU time
(user + system) and peak memory of each process. Run it under ``nice -n 19`` on a
shared machine: CPU time is what to compare, wall time measures the queue too.

    python bench/docs_bench.py [--package click | --stdlib] [--runs 5] [--cold-runs N] [--code DIR ...] [--edits WORD ...] [--target PATH] [--server]

With ``--code DIR`` (repeated), each DIR is a copy of repoagent's source (``git
archive COMMIT | tar -x -C DIR``) run through ``PYTHONPATH`` by the same
interpreter: each gets its own copy of the repository and the runs of the versions
are interleaved, so a before/after comparison sees the same load.

* cold: ``docs`` with no ``.repoagent/`` (no caches, no record, no stamp);
* nothing stale: ``status --staged`` right after one that found nothing stale (the stamp);
* after a commit: a function edited and staged, ``docs --staged`` writes its pages,
  everything is committed; then the first ``status --staged`` (and, the next time,
  ``docs --staged``): nothing is stale, but no stamp vouches for it;
* one function edited: its edit staged, ``status --staged`` and ``docs --staged``
  (the edit is undone after each), for each kind of edit (:data:`EDITS`; ``--edits
  comment docstring`` picks kinds by a word of their name): a comment
  line (only lines move: the resolution is reused, its lines mapped), a docstring
  added (the same for the resolution, but the function's own code changed), a constant
  assigned (``_bench_N = N``: a new local name, so the component is solved again) and
  a call of one of the file's functions added (new facts and a new edge). Side by
  side, they show what the reuse of issue 17 covers and what it does not;
* with ``--server``, each version is measured twice, interleaved: as above, and
  with ``repoagent server start`` run first (in a private runtime folder of its
  own), so that the hook lines run in the server's forked processes. Their CPU is
  then the program's plus the run's (the server's children's time, read from
  ``/proc`` once the run's processes are reaped: Linux only); their peak is the
  program's alone (the run is a fork of the server, whose pages it shares);
* the two views in turn (``--edits views``): a constant assigned and staged, another
  left in the working tree, ``status`` and ``status --staged`` once each, then each
  measured again: the store keeps the last other state's resolution, so neither
  solves again.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import platform
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

REPOAGENT = str(Path(sys.executable).parent / "repoagent")
#: Byte code written as a user's would be: a benchmark should not compile every module every time.
ENVIRONMENT = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid", *args],
                   cwd=root, check=True, capture_output=True)


def make_repository(folder: Path, package: str | None) -> tuple[Path, int]:
    """A git repository holding ``package`` (or the standard library's ``Lib/``)."""
    root = folder / "repo"
    if package is None:
        stdlib = Path(sysconfig.get_paths()["stdlib"])
        shutil.copytree(stdlib, root, ignore=shutil.ignore_patterns("test", "site-packages", "__pycache__", "*.pyc"))
    else:
        source = Path(importlib.util.find_spec(package).origin).parent
        shutil.copytree(source, root / package, ignore=shutil.ignore_patterns("__pycache__"))
    files = sum(1 for _ in root.rglob("*.py"))
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "code")
    return root, files


class Version:
    """One version of repoagent under test (``code``: its source folder, or ``None``
    for the installed one) and its own copy of the repository; with ``runtime``, a
    private folder where its own server listens once :meth:`start` ran."""

    def __init__(self, code: Path | None, root: Path, target: str | None = None, runtime: Path | None = None) -> None:
        self.name = (str(code) if code else "installed") + (" + server" if runtime else "")
        self.root = root
        self.environment = {**ENVIRONMENT, "PYTHONPATH": str(code)} if code else dict(ENVIRONMENT)
        if runtime is not None:
            self.environment["XDG_RUNTIME_DIR"] = str(runtime)
        self.runtime = runtime
        self.server: int | None = None  # the server's process id, once started
        self.edits = Edits(root, target)

    def run(self, *args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([REPOAGENT, *args], cwd=self.root, env=self.environment, capture_output=True)

    def start(self) -> None:
        """Start this version's server (``--server``)."""
        self.run("server", "start")
        answer = self.run("server", "status").stdout.decode()
        self.server = int(answer.split("pid ")[1].split(",")[0])

    def stop(self) -> None:
        if self.server is not None:
            self.run("server", "stop")

    def measure(self, *args: str) -> tuple[float, float, float]:
        if self.server is None:
            return measure([REPOAGENT, *args], self.root, self.environment)
        before = _children_cpu(self.server)
        wall, cpu, peak = measure([REPOAGENT, *args], self.root, self.environment)
        return wall, cpu + _children_cpu(self.server) - before, peak


def _children_cpu(pid: int) -> float:
    """CPU seconds of process ``pid``'s reaped children (a server's runs), once none is left running."""
    deadline = time.monotonic() + 5
    while Path(f"/proc/{pid}/task/{pid}/children").read_text().strip() and time.monotonic() < deadline:
        time.sleep(0.002)
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")  # cutime, cstime


def measure(command: list[str], root: Path, environment: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak memory (MB) of one run of ``command``."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=root, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def report(name: str, version: Version, samples: list[tuple[float, float, float]]) -> None:
    wall, cpu, peak = (statistics.median(s[i] for s in samples) for i in range(3))
    print(f"| {name} | {version.name} | {wall:.3f} | {cpu:.3f} | {peak:.0f} |", flush=True)


#: The kinds of one-function edit, each a line put at the top of the function's body.
#: Each sample's store holds the previous sample's edit (undone without a run), so
#: the names differ from sample to sample: else that store would already hold the
#: resolution of the same facts.
EDITS = {
    "a comment line": "# bench {count}",
    "a docstring added": '"""Bench {count}."""',
    "a constant assigned": "_bench_{count} = {count}",
    "a call added": "_bench_{count} = {function}()",
}


class Edits:
    """One-function edits of a fixed file: a line added at the top of its first
    function's body, a different line each time, of one of the kinds of :data:`EDITS`
    (the call's callee: see :func:`_callee`)."""

    def __init__(self, root: Path, target: str | None = None) -> None:
        self.root = root
        self.target = root / target if target else next(
            p for p in sorted(root.rglob("*.py")) if _header(p.read_text(encoding="utf-8")) is not None)
        self.function = _callee(self.target)
        self.count = 0

    def make(self, kind: str = "a constant assigned", stage: bool = True) -> None:
        self.count += 1
        text = self.target.read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        number = _header(text)
        indent = len(lines[number + 1]) - len(lines[number + 1].lstrip())
        lines.insert(number + 1, " " * indent + EDITS[kind].format(count=self.count, function=self.function) + "\n")
        self.target.write_text("".join(lines), encoding="utf-8")
        if stage:
            git(self.root, "add", "-A")

    def undo(self) -> None:
        git(self.root, "checkout", "-q", "HEAD", "--", ".")
        git(self.root, "reset", "-q")


def _callee(path: Path) -> str:
    """What the added call calls: the file's first top-level function, else a
    sibling method of the edited one (``self.name``): a function of the repository."""
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    functions = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    if functions:
        return functions[0]
    line = _header(text) + 1
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        methods = [n for n in cls.body if isinstance(n, ast.FunctionDef)]
        if any(m.lineno == line for m in methods):
            return "self." + next(m.name for m in methods if m.lineno != line)
    raise SystemExit(f"no function to call in {path}")


def _header(text: str) -> int | None:
    """The line index of the first one-line ``def`` header followed by its body."""
    lines = text.splitlines()
    for number, line in enumerate(lines[:-1]):
        if line.lstrip().startswith("def ") and line.rstrip().endswith(":") and lines[number + 1].strip():
            return number
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--package", default="click")
    parser.add_argument("--stdlib", action="store_true", help="the standard library's Lib/ instead of a package")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold-runs", type=int, help="cold runs (default: --runs); the standard library's take a minute each")
    parser.add_argument("--code", type=Path, action="append", help="a source folder of repoagent to run (repeat to compare)")
    parser.add_argument("--edits", nargs="+", metavar="WORD", help="only the kinds of edit with one of these words (default: all)")
    parser.add_argument("--target", metavar="PATH", help="the file to edit, relative to the repository (default: the first with a function)")
    parser.add_argument("--server", action="store_true", help="measure each version with a server running too")
    options = parser.parse_args()
    runs = options.runs
    with tempfile.TemporaryDirectory() as folder:
        root, files = make_repository(Path(folder), None if options.stdlib else options.package)
        versions = []
        for number, code in enumerate(options.code or [None]):
            for served in (False, True) if options.server else (False,):
                copy = Path(folder) / f"copy{number}{'s' if served else ''}"
                shutil.copytree(root, copy, symlinks=True)
                runtime = Path(tempfile.mkdtemp(prefix="ra", dir="/tmp")) if served else None
                versions.append(Version(code and code.resolve(), copy, options.target, runtime))
        cold: dict[str, list] = {version.name: [] for version in versions}
        for _ in range(options.cold_runs or runs):
            for version in versions:
                shutil.rmtree(version.root / ".repoagent", ignore_errors=True)
                shutil.rmtree(version.root / "docs", ignore_errors=True)
                cold[version.name].append(version.measure("docs", "."))
        for version in versions:
            git(version.root, "add", "-A")
            git(version.root, "commit", "-qm", "docs")
        what = "Lib/ of the standard library" if options.stdlib else options.package
        print(f"# {what}: {files} files; python {platform.python_version()}, {platform.machine()}, "
              f"{os.cpu_count()} cores, medians of {runs} ({options.cold_runs or runs} cold); "
              f"load average before {os.getloadavg()[0]:.1f}")
        print("| run | code | wall s | CPU s | peak MB |")
        print("|---|---|---|---|---|")
        for version in versions:
            report("cold docs", version, cold[version.name])
        samples: dict[tuple[str, str], list] = {}
        for version in versions:
            if version.runtime is not None:
                version.start()
            version.run("status", ".", "--staged")  # stamps
        for _ in range(runs):
            for version in versions:
                samples.setdefault(("status --staged, nothing stale (stamp)", version.name), []).append(
                    version.measure("status", ".", "--staged"))
        for _ in range(runs):
            for command in ("status", "docs"):
                for version in versions:
                    version.edits.make()
                    version.run("docs", ".", "--staged")
                    git(version.root, "add", "-A")
                    git(version.root, "commit", "-qm", f"edit {version.edits.count}")
                    samples.setdefault((f"{command} --staged, first run after a commit, nothing stale", version.name), []).append(
                        version.measure(command, ".", "--staged"))
        for kind in (k for k in EDITS if not options.edits or set(options.edits) & set(k.split())):
            for command in ("status", "docs"):
                for _ in range(runs):
                    for version in versions:
                        version.edits.make(kind)
                        samples.setdefault((f"{command} --staged, one function edited: {kind}", version.name), []).append(
                            version.measure(command, ".", "--staged"))
                        version.edits.undo()
        if not options.edits or "views" in options.edits:
            for _ in range(runs):
                for version in versions:
                    version.edits.make()  # staged
                    version.edits.make(stage=False)  # in the working tree only
                    version.run("status", ".")
                    version.run("status", ".", "--staged")
                    for command in (("status", "."), ("status", ".", "--staged")):
                        samples.setdefault((f"{' '.join(command)}, again after the other view (a constant staged, another not)",
                                            version.name), []).append(version.measure(*command))
                    version.edits.undo()
        for version in versions:
            version.stop()
        names = {version.name: version for version in versions}
        for (name, version_name), measured in samples.items():
            report(name, names[version_name], measured)
        print(f"load average after {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()

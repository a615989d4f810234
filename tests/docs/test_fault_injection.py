"""SIGKILL ``repoagent docs`` at random moments: after each kill a rerun gives pages
byte-identical to a run that was never interrupted, leaves no temporary file, and
every locked and hand-edited text is intact."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from repoagent.cli import main
from tests.docs.conftest import OUT
from tests.support.git_repo import GitRepo, git_environment

MODULES = 24
FUNCTIONS = 12  # 24 modules x (12 functions + the module) = 312 sections
KILLS = 20
LOCKED = [f"pkg.m{i}.f0" for i in range(0, MODULES, 5)]
EDITED = [f"pkg.m{i}.f1" for i in range(1, MODULES, 5)]


def module(number: int, version: int) -> str:
    """A module whose functions call the previous module's (so pages link across)."""
    head = f'"""Module {number}, version {version}."""\n\n'
    if number:
        head += f"from pkg import m{number - 1}\n\n"
    functions = []
    for index in range(FUNCTIONS):
        call = f"m{number - 1}.f{index}(x)" if number else "x"
        functions.append(
            f"def f{index}(x: int) -> int:\n"
            f'    """Step {index} of module {number}, version {version}."""\n'
            f"    return {call} + {index * version}\n"
        )
    return head + "\n\n".join(functions)


def write_code(repo: GitRepo, version: int) -> None:
    repo.write("pkg/__init__.py", "")
    for number in range(MODULES):
        repo.write(f"pkg/m{number}.py", module(number, version))


def hand_edit(repo: GitRepo) -> dict[str, str]:
    """Lock some sections and edit others by hand; the texts the user wrote, by id."""
    texts = {}
    for path in sorted((repo.root / OUT / "pkg").glob("m*.py.md")):
        page = path.read_text(encoding="utf-8")
        for node_id in LOCKED + EDITED:
            anchor = f'<a id="{node_id}"></a>'
            if anchor not in page:
                continue
            marker_end = page.rindex(" -->", 0, page.index(anchor))
            mine = f"Written by hand for {node_id}: keep me."
            if node_id in LOCKED:
                page = page[:marker_end] + " lock" + page[marker_end:]
            heading_end = page.index("\n\n", page.index(anchor)) + 2
            page = page[:heading_end] + mine + "\n\n" + page[heading_end:]
            texts[node_id] = mine
        path.write_text(page, encoding="utf-8")
    assert len(texts) == len(LOCKED) + len(EDITED)
    return texts


def pages(root: Path) -> dict[str, bytes]:
    folder = root / OUT
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run_docs(root: Path) -> int:
    return main(["docs", str(root), "--writer", "static"])


def test_killed_runs_leave_nothing_a_rerun_does_not_repair(tmp_path: Path, capsys) -> None:
    template = GitRepo.init(tmp_path / "template")
    write_code(template, 1)
    template.commit("code")
    assert run_docs(template.root) == 0
    texts = hand_edit(template)
    template.commit("docs with hand edits")
    write_code(template, 2)  # every section goes stale: most of the run is writing
    assert main(["status", str(template.root)]) == 0  # warm the parse cache

    clean = tmp_path / "clean"
    shutil.copytree(template.root, clean, symlinks=True)
    started = time.monotonic()
    command = [sys.executable, "-m", "repoagent", "docs", str(clean), "--writer", "static"]
    subprocess.run(command, check=True, capture_output=True, env=git_environment())
    duration = time.monotonic() - started
    expected = pages(clean)
    for node_id, text in texts.items():
        assert text in expected[f"pkg/{node_id.split('.')[1]}.py.md"].decode(), node_id

    moments = random.Random(12).sample(range(1000), KILLS)
    for moment in moments:
        trial = tmp_path / f"kill-{moment}"
        shutil.copytree(template.root, trial, symlinks=True)
        process = subprocess.Popen([*command[:4], str(trial), *command[5:]], env=git_environment(),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(duration * moment / 1000)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()

        assert run_docs(trial) == 0, capsys.readouterr().err
        assert pages(trial) == expected, f"killed after {moment / 10:.1f}% of a run"
        leftovers = [p for p in trial.rglob("*") if p.is_file() and ".git" not in p.relative_to(trial).parts
                     and (p.name.startswith(".") and p.name[1:2].isdigit() or "tmp" in p.relative_to(trial).parts)]
        assert leftovers == [], moment
        untracked = GitRepo(trial).git("status", "--porcelain", "--untracked-files=all").splitlines()
        assert all(line.split(maxsplit=1)[1].startswith((f"{OUT.as_posix()}/", "pkg/")) for line in untracked), untracked
        assert main(["docs", str(trial), "--check"]) == 0
        shutil.rmtree(trial)

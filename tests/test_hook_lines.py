"""The hook's command lines, recognised without click, make the very call click makes
of them; any other line is left to click."""

from __future__ import annotations

from pathlib import Path

import pytest

from repoagent.cli import commands
from repoagent.cli.group import invoke
from repoagent.cli.hook_lines import recognised

RECOGNISED = [
    ["status", "--staged"],
    ["status", "--staged", "some/repo"],
    ["status", "some/repo", "--staged"],
    ["docs", "--staged"],
    ["docs", "--staged", "--check"],
    ["docs", "--check", "--staged", "."],
    ["docs", "--staged", "--for-hook"],
    ["docs", "repo", "--for-hook", "--staged", "--check"],
    ["hook", "run", "--stage", "--hook-dir", ".git/hooks", "--"],
    ["hook", "run", "--no-stage", "--hook-dir", "hooks", "--", "a", "--b"],
]

LEFT_TO_CLICK = [
    [],
    ["status"],  # not the index
    ["status", "."],
    ["docs", "."],
    ["status", "--staged", "--json"],
    ["docs", "--staged", "--dry-run"],
    ["docs", "--staged", "--staged"],
    ["docs", "--staged", "a", "b"],
    ["docs", "--staged", "--writer", "static"],
    ["docs", "--staged", "--help"],
    ["status", "--staged", "--"],
    ["status", "--staged=1"],
    ["graph", "--staged"],
    ["hook", "run"],
    ["hook", "run", "--stage", "--hook-dir", ".git/hooks"],  # no "--"
    ["hook", "run", "--hook-dir", ".git/hooks", "--stage", "--"],
    ["hook", "run", "--stage", "--hook-dir", "--", "--"],
    ["hook", "install"],
]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Each call of a command's plain function, whoever parsed the line."""
    made: list[tuple] = []
    monkeypatch.setattr(commands, "status", lambda *args: made.append(("status", *args)) or 0)
    monkeypatch.setattr(commands, "docs", lambda *args: made.append(("docs", *args)) or 0)
    monkeypatch.setattr("repoagent.githook.run.run_hook", lambda *args: made.append(("hook", *args)) or 0)
    monkeypatch.setattr("repoagent.cli.hook.run_hook", lambda *args: made.append(("hook", *args)) or 0)
    return made


@pytest.mark.parametrize("args", RECOGNISED, ids=" ".join)
def test_a_hook_line_makes_the_call_click_makes(args: list[str], calls: list[tuple]) -> None:
    command = recognised(args)
    assert command is not None
    assert command() == 0
    assert invoke(args) == 0
    assert len(calls) == 2 and calls[0] == calls[1]


@pytest.mark.parametrize("args", LEFT_TO_CLICK, ids=lambda args: " ".join(args) or "(none)")
def test_any_other_line_is_left_to_click(args: list[str]) -> None:
    assert recognised(args) is None


def test_a_hook_folder_that_is_a_file_is_left_to_click(tmp_path: Path) -> None:
    (tmp_path / "hooks").write_text("not a folder\n", encoding="utf-8")
    assert recognised(["hook", "run", "--stage", "--hook-dir", str(tmp_path / "hooks"), "--"]) is None
    assert recognised(["hook", "run", "--stage", "--hook-dir", str(tmp_path / "missing"), "--"]) is not None


def test_the_program_ends_a_hook_line_with_its_output_and_code_and_keeps_reports_only_then(tmp_path: Path) -> None:
    """The program exits right after a recognised line's command, without the
    interpreter's teardown (``cli._exit_now``): every line it printed is there, however
    long, its files are written, and its exit code is the command's. The Python API
    (``main(argv)``) returns, keeping no report."""
    import subprocess
    import sys

    from repoagent import run
    from repoagent.cli import main
    from tests.support.git_repo import GitRepo, git_environment

    repo = GitRepo.init(tmp_path / "repo")
    repo.write("pkg/a.py", "".join(f"def f{n}():\n    return {n}\n\n\n" for n in range(300)))
    repo.commit()
    program = [sys.executable, "-m", "repoagent"]
    status = subprocess.run([*program, "status", "--staged"], cwd=repo.root, env=git_environment(), capture_output=True, text=True)
    assert status.returncode == 0 and status.stdout.count("new ") == 301 and status.stdout.endswith("\n"), status.stderr
    check = subprocess.run([*program, "docs", "--staged", "--check"], cwd=repo.root, env=git_environment(), capture_output=True)
    assert check.returncode == 1
    written = subprocess.run([*program, "docs", "--staged"], cwd=repo.root, env=git_environment(), capture_output=True, text=True)
    assert written.returncode == 1 and "2 page(s) under docs/repoagent are not staged" in written.stderr  # the page and the index
    page = (repo.root / "docs" / "repoagent" / "pkg" / "a.py.md").read_text(encoding="utf-8")
    assert page.count("<!-- repoagent: id=pkg.a.f") == 300 and page.endswith("\n")
    assert main(["status", "--staged", str(repo.root)]) == 0 and run._kept is None

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

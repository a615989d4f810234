"""Fixtures for the docs loop: a real git repository and an in-process CLI runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from repoagent.cli import main
from tests.support.git_repo import GitRepo

OUT = Path("docs/repoagent")


class Runner:
    """Runs ``repoagent`` in-process on one repository and reads its pages."""

    def __init__(self, repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
        self.repo = repo
        self._capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self._capsys.readouterr()
        code = main([*args[:1], str(self.repo.root), *args[1:]])
        captured = self._capsys.readouterr()
        return code, captured.out, captured.err

    def status(self, *flags: str) -> dict[str, str]:
        """``{node id: reason}`` from ``status --json``."""
        code, out, err = self("status", "--json", *flags)
        assert code == 0, err
        return {entry["id"]: entry["reason"] for entry in json.loads(out)["stale"]}

    def page(self, source: str) -> str:
        return (self.repo.root / OUT / f"{source}.md").read_text(encoding="utf-8")

    def pages(self) -> dict[str, bytes]:
        folder = self.repo.root / OUT
        return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.md"))}


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    return GitRepo.init(tmp_path / "repo")


@pytest.fixture
def run(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> Runner:
    return Runner(repo, capsys)

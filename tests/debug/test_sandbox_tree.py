"""The user's tree stays untouched: links cannot carry a test's writes out of the copy,
and a debug session without --apply leaves the project byte for byte as it was."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from repoagent.cli import main
from repoagent.debug.sandbox import Limits, Sandbox
from repoagent.errors import UsageError
from tests.support.files import write_tree
from tests.support.git_repo import GitRepo

WRITE_THROUGH_LINKS = (
    "open('data_abs/planted.txt', 'w').write('planted')\n"
    "open('notes_abs.txt', 'a').write('planted')\n"
    "open('shared.cfg', 'a').write('planted')\n"
    "open('data_rel/also.txt', 'w').write('planted')\n"
)


def _snapshot(root: Path) -> dict[str, tuple]:
    """Every entry under ``root``: a link's target, a file's bytes and mode, a folder's mode."""
    entries: dict[str, tuple] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                entries[rel] = ("link", os.readlink(path))
            elif path.is_dir():
                entries[rel] = ("dir", path.stat().st_mode)
            else:
                entries[rel] = ("file", path.read_bytes(), path.stat().st_mode)
    return entries


@pytest.fixture
def linked(tmp_path):
    """A project with links into itself (absolute and relative) and a relative link to a
    file outside it."""
    project = write_tree(tmp_path / "project", {"data/keep.txt": "data\n", "notes.txt": "notes\n"})
    outside = write_tree(tmp_path / "outside", {"shared.cfg": "shared\n"})
    (project / "data_abs").symlink_to(project / "data")
    (project / "data_rel").symlink_to("data")
    (project / "notes_abs.txt").symlink_to(project / "notes.txt")
    (project / "shared.cfg").symlink_to(Path("..", "outside", "shared.cfg"))
    return project, outside


def test_writes_through_links_stay_in_the_copy(linked):
    project, outside = linked
    before, before_outside = _snapshot(project), _snapshot(outside)

    with Sandbox(project, files={"attack.py": WRITE_THROUGH_LINKS}) as box:
        result = box.run([sys.executable, "attack.py"], Limits(10))
        copied = {rel: box.read(rel) for rel in ("data/planted.txt", "data/also.txt", "notes.txt", "shared.cfg")}
        copy_links = {name: os.readlink(box.root / name) for name in ("data_abs", "data_rel", "notes_abs.txt")}

    assert result.ok, result.output
    assert _snapshot(project) == before and _snapshot(outside) == before_outside
    # Inside the copy the links still work, pointing at the copy's own files.
    assert copied == {"data/planted.txt": "planted", "data/also.txt": "planted",
                      "notes.txt": "notes\nplanted", "shared.cfg": "shared\nplanted"}
    assert copy_links == {"data_abs": "data", "data_rel": "data", "notes_abs.txt": "notes.txt"}


@pytest.mark.parametrize("target", ["folder", "missing"])
def test_a_link_to_a_folder_outside_or_to_nothing_is_refused(tmp_path, capsys, target):
    project = write_tree(tmp_path / "project", {"app.py": "x = 1\n"})
    outside = write_tree(tmp_path / "outside", {"keep.txt": "keep\n"})
    (project / "escape").symlink_to(outside if target == "folder" else tmp_path / "not-yet-there")
    before = _snapshot(tmp_path)

    with pytest.raises(UsageError, match="escape links to .*outside the project"):
        Sandbox(project)
    code = main(["debug", str(project), "--test", "touch escape/planted"])

    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "escape links to" in err
    assert _snapshot(tmp_path) == before


CODE = "def mean(xs):\n    return sum(xs) / (len(xs) + 1)\n"
TEST = "from stats import mean\n\n\ndef test_mean():\n    assert mean([2, 4]) == 3\n"


@pytest.mark.parametrize("test_command", ["{python} -m pytest -q", "{python} -c 'raise SystemExit(1)'"])
def test_a_session_without_apply_leaves_the_tree_byte_identical(tmp_path, test_command, capsys):
    repo = GitRepo.init(tmp_path / "repo")
    repo.write("stats.py", CODE)
    repo.write("test_stats.py", TEST)
    repo.write("pkg/__init__.py", "from stats import mean\n")
    repo.commit("buggy mean")
    before = _snapshot(repo.root)

    code = main(["debug", str(repo.root), "--test", test_command.format(python=sys.executable),
                 "--engine", "offline", "--max-rounds", "2", "--time-limit", "60"])

    assert code == (0 if "pytest" in test_command else 1)
    assert "+    return sum(xs) / (len(xs))" in capsys.readouterr().out or code == 1
    assert _snapshot(repo.root) == before
    assert not (repo.root / ".repoagent").exists()


@pytest.mark.parametrize("target", ["/proc/self/environ", "/proc/self/mem", "/dev/null"])
def test_a_link_to_a_kernel_file_is_refused_before_it_is_copied(tmp_path, capsys, monkeypatch, target):
    # /proc/self/environ is a regular file: copied, it put repoagent's own environment
    # (the API key) into the copy for the test to read; /proc/self/mem crashed the copy.
    monkeypatch.setenv("OPENAI_API_KEY", "sk-proj-red2-secret")
    project = write_tree(tmp_path / "project", {"app.py": "x = 1\n"})
    (project / "env").symlink_to(target)

    with pytest.raises(UsageError, match="env links to .*kernel"):
        Sandbox(project)
    code = main(["debug", str(project), "--test", "cat env"])

    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "env links to" in err

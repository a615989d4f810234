"""repoagent writes and deletes only files it wrote: each carries a repoagent marker."""

from __future__ import annotations

import os
import re
from pathlib import Path

from repoagent.pages.markers import written_by_repoagent

CODE = "def f():\n    return 1\n"
USER_INDEX = "# My project\n\nHand-written docs.\n"


def test_every_file_written_carries_a_marker(repo, run):
    repo.write("m.py", CODE)
    repo.write("pkg/n.py", CODE)
    repo.commit()
    assert run("docs")[0] == 0
    pages = run.pages()
    assert set(pages) == {"index.md", "m.py.md", "pkg/n.py.md"}
    assert all(written_by_repoagent(data) for data in pages.values())
    assert re.match(rb"<!-- repoagent: index body=[0-9a-f]{8} -->\n# Code documentation\n", pages["index.md"])


def test_the_users_index_in_the_way_stops_the_run_and_nothing_is_written(repo, run):
    repo.write("pyproject.toml", '[tool.repoagent]\nout = "docs"\n')
    repo.write("docs/index.md", USER_INDEX)
    repo.write("docs/guide.md", "# Guide\n")
    repo.write("m.py", CODE)
    repo.commit()
    for command in (("docs",), ("status",), ("docs", "--check")):
        code, out, err = run(*command)
        assert code == 2 and err.count("\n") == 1, err
        assert "docs/index.md is not a repoagent page" in err
    assert sorted(p.relative_to(repo.root / "docs").as_posix() for p in (repo.root / "docs").rglob("*")) == ["guide.md", "index.md"]
    assert (repo.root / "docs/index.md").read_text() == USER_INDEX


def test_the_users_file_where_a_page_goes_stops_the_run(repo, run):
    repo.write("m.py", CODE)
    repo.commit()
    assert run("docs")[0] == 0
    repo.write("n.py", CODE)
    repo.write("docs/repoagent/n.py.md", "Notes of mine about n.\n")
    code, _, err = run("docs")
    assert code == 2 and "docs/repoagent/n.py.md is not a repoagent page" in err
    assert (repo.root / "docs/repoagent/n.py.md").read_text() == "Notes of mine about n.\n"


def test_an_index_from_before_the_index_marker_is_still_ours(repo, run):
    repo.write("m.py", CODE)
    repo.commit()
    assert run("docs")[0] == 0
    index = repo.root / "docs/repoagent/index.md"
    index.write_text(index.read_text().partition("\n")[2])  # no marker line: as written before there was one
    repo.write("n.py", CODE)
    assert run("docs")[0] == 0
    assert "n.py.md" in index.read_text() and index.read_text().startswith("<!-- repoagent: index body=")


def test_a_deleted_source_removes_only_its_own_page_and_keeps_the_users_text(repo, run):
    repo.write("a.py", CODE)
    repo.write("b.py", CODE)
    repo.commit()
    assert run("docs")[0] == 0
    page = repo.root / "docs/repoagent/a.py.md"
    page.write_text("Why a exists: history.\n\n" + page.read_text())
    repo.remove("a.py")
    repo.remove("b.py")
    code, out, err = run("docs")
    assert code == 0, err
    assert page.read_text() == "Why a exists: history.\n\n"
    assert "a.py.md: its source file is gone" in err
    assert not (repo.root / "docs/repoagent/b.py.md").exists()
    assert "a.py" not in (repo.root / "docs/repoagent/index.md").read_text()
    assert run("docs", "--check")[0] == 0  # the kept file is the user's now


def test_a_committed_link_in_the_pages_folder_leads_no_page_outside(repo, run, tmp_path):
    """A pull request commits ``docs/repoagent/pkg -> /elsewhere``: the pages of
    ``pkg/`` were written into that folder, outside the repository."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    repo.write("pkg/n.py", CODE)
    (repo.root / "docs/repoagent").mkdir(parents=True)
    (repo.root / "docs/repoagent/pkg").symlink_to(elsewhere, target_is_directory=True)
    repo.commit()
    for command in (("docs",), ("status",)):
        code, _, err = run(*command)
        assert code == 2 and err.count("\n") == 1, err
        assert "docs/repoagent/pkg/n.py.md: a symbolic link on the way leads out of docs/repoagent" in err
    assert list(elsewhere.iterdir()) == []


def test_a_page_that_is_a_link_is_neither_read_nor_written_through(repo, run, tmp_path):
    """A page linked to a device is written to it, one linked to a page elsewhere read
    from there: neither is repoagent's own file."""
    repo.write("m.py", CODE)
    repo.write("n.py", CODE)
    repo.commit()
    assert run("docs")[0] == 0
    elsewhere = tmp_path / "elsewhere.md"
    elsewhere.write_bytes((repo.root / "docs/repoagent/n.py.md").read_bytes().replace(b"Function", b"Outside"))
    for target in (elsewhere, Path(os.devnull)):
        page = repo.root / "docs/repoagent/n.py.md"
        page.unlink()
        page.symlink_to(target)
        code, _, err = run("docs")
        assert code == 2 and "docs/repoagent/n.py.md is a symbolic link" in err, err
        assert page.is_symlink() and b"Outside" not in (repo.root / "docs/repoagent/index.md").read_bytes()


def test_text_added_to_the_index_stops_the_run_and_is_kept(repo, run):
    """The index carries a hash of its text: a person's note added to it was replaced by
    the next run without a word (status called it an interrupted run)."""
    repo.write("m.py", CODE)
    repo.commit()
    assert run("docs")[0] == 0
    index = repo.root / "docs/repoagent/index.md"
    index.write_bytes(index.read_bytes().replace(b"\n", b"\r\n"))  # checked out with CRLF: still as written
    repo.write("n.py", CODE)
    assert run("docs")[0] == 0
    index.write_text(index.read_text() + "\nOur own note about the project.\n")
    edited = index.read_bytes()
    for command in ("status", "docs"):
        code, _, err = run(command)
        assert code == 2 and "index.md was edited by hand" in err and len(err.strip().splitlines()) == 1
        assert index.read_bytes() == edited

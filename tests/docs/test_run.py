"""The core's one entry point, ``repoagent.run.run``: each mode's report, and the
``--staged`` stamp it answers from, keyed by repoagent's own code."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

from repoagent.changes import stamp
from repoagent.changes.git import index_listing
from repoagent.config import load_settings
from repoagent.run import Mode, View, run
from tests.support.git_repo import git_environment

CODE = "def f():\n    return g()\n\n\ndef g():\n    return 1\n"


def test_each_mode_reports_and_only_write_writes(repo):
    repo.write("a.py", CODE)
    repo.commit()
    settings = load_settings(repo.root)
    pages = repo.root / settings.out
    for mode in (Mode.STATUS, Mode.CHECK, Mode.DRY_RUN):
        report = run(repo.root, settings, View(), mode)
        assert report.stale and report.outcome is None and not pages.exists()
        assert {c.id for c in report.plan.changes} == {"a", "a.f", "a.g"}
    assert run(repo.root, settings, View(), Mode.STATUS).writer == ""
    written = run(repo.root, settings, View(), Mode.WRITE)
    assert written.outcome.written == 3 and "static writer" in written.writer
    assert (pages / "a.py.md").is_file() and not run(repo.root, settings, View(), Mode.CHECK).stale


def test_a_staged_run_lists_the_pages_a_commit_would_leave_behind(repo):
    repo.write("a.py", CODE)
    repo.commit()
    settings = load_settings(repo.root)
    report = run(repo.root, settings, View(staged=True), Mode.WRITE)
    assert report.outcome.written == 3
    assert sorted(report.unstaged) == ["docs/repoagent/a.py.md", "docs/repoagent/index.md"]
    assert run(repo.root, settings, View(staged=True), Mode.STATUS).unstaged == []  # status never asks


def test_a_staged_run_lists_the_index_once_for_its_stamps_and_its_snapshot(repo, tmp_path, monkeypatch):
    repo.write("pkg/a.py", CODE)
    repo.commit()
    settings = load_settings(repo.root)
    run(repo.root, settings, View(), Mode.WRITE)
    repo.commit()
    log = tmp_path / "git-calls"
    folder = tmp_path / "bin"
    folder.mkdir()
    recorder = folder / "git"  # the real git, each call's arguments written down first
    recorder.write_text(f'#!/bin/sh\necho "$*" >> "{log}"\nexec "{shutil.which("git")}" "$@"\n')
    recorder.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    repo.write("pkg/a.py", CODE.replace("return 1", "return 2"))
    repo.add()
    report = run(repo.root, settings, View(staged=True), Mode.WRITE)  # key, snapshot, pages written, key again
    assert report.outcome.written == 1
    assert log.read_text().count("ls-files --stage") == 1
    repo.add()
    assert run(repo.root, settings, View(staged=True), Mode.STATUS).plan is None  # the second key was stamped


def test_the_stamp_answers_only_for_the_code_that_wrote_it(repo, monkeypatch):
    repo.write("a.py", CODE)
    repo.commit()
    settings = load_settings(repo.root)
    run(repo.root, settings, View(), Mode.WRITE)
    repo.commit()
    first = run(repo.root, settings, View(staged=True), Mode.STATUS)
    assert first.plan is not None and not first.stale  # a full run, which stamps
    again = run(repo.root, settings, View(staged=True), Mode.STATUS)
    assert again.plan is None and again.stamped == len(first.plan.sections) == 3
    assert run(repo.root, settings, View(), Mode.STATUS).plan is not None  # the working tree: never stamped
    monkeypatch.setattr(stamp, "CODE", "another repoagent")
    assert run(repo.root, settings, View(staged=True), Mode.STATUS).plan is not None


def test_the_stamp_survives_a_commit_but_not_a_staged_change(repo, monkeypatch):
    repo.write("a.py", CODE)
    repo.commit()
    settings = load_settings(repo.root)
    run(repo.root, settings, View(), Mode.WRITE)
    assert run(repo.root, settings, View(staged=True), Mode.STATUS).plan is not None  # stamps
    repo.commit()  # the pages staged and committed: the index file is rewritten, its entries of code are not
    assert run(repo.root, settings, View(staged=True), Mode.STATUS).plan is None
    repo.write("a.py", CODE.replace("return 1", "return 2"))
    assert run(repo.root, settings, View(staged=True), Mode.STATUS).plan is None  # not staged: not the index's
    repo.add("a.py")
    changed = run(repo.root, settings, View(staged=True), Mode.STATUS)
    assert changed.plan is not None and [c.id for c in changed.plan.changes] == ["a.g"]
    # Under `git commit -a` the index is a temporary one holding the working tree: read
    # for what it holds, as the stamp is.
    repo.git("reset", "-q")
    assert run(repo.root, settings, View(staged=True), Mode.STATUS).plan is None
    temporary = repo.root / ".git" / "commit-all-index"
    shutil.copy(repo.root / ".git" / "index", temporary)
    subprocess.run(["git", "add", "a.py"], cwd=repo.root, env={**git_environment(), "GIT_INDEX_FILE": str(temporary)}, check=True)
    monkeypatch.setenv("GIT_INDEX_FILE", str(temporary))
    committed_all = run(repo.root, settings, View(staged=True), Mode.STATUS)
    assert committed_all.plan is not None and [c.id for c in committed_all.plan.changes] == ["a.g"]


def test_the_stamp_is_replaced_not_written_through_a_link(repo, tmp_path):
    """A stamp that is a symbolic link (planted in ``.repoagent/``) is replaced by a
    file; what it pointed to outside the repository is not written."""
    repo.write("a.py", CODE)
    repo.commit()
    settings = load_settings(repo.root)
    run(repo.root, settings, View(), Mode.WRITE)
    repo.commit()
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me\n")
    link = repo.root / ".repoagent" / "docs-current"
    link.unlink(missing_ok=True)
    link.symlink_to(outside)
    assert not run(repo.root, settings, View(staged=True), Mode.STATUS).stale
    assert outside.read_text() == "keep me\n"
    assert link.is_file() and not link.is_symlink()
    assert run(repo.root, settings, View(staged=True), Mode.STATUS).plan is None  # answered by the new stamp


def test_a_staged_run_that_writes_stamps_the_pages_it_wrote_once_compared_again(repo):
    # The hook's cycle: docs --staged writes the pages, they are staged and committed;
    # the next run is answered by the stamp, not by comparing every page again.
    repo.write("a.py", CODE)
    repo.commit()
    settings = load_settings(repo.root)
    assert run(repo.root, settings, View(staged=True), Mode.WRITE).outcome.written == 3
    repo.commit()
    after = run(repo.root, settings, View(staged=True), Mode.STATUS)
    assert after.plan is None and after.stamped == 3
    # A hand-edited section: the comparison after writing lists it, so nothing is stamped.
    page = repo.root / settings.out / "a.py.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA note by hand.\n", encoding="utf-8")
    repo.write("a.py", CODE.replace("return g()", "return g() + 1"))
    repo.add("a.py")
    written = run(repo.root, settings, View(staged=True), Mode.WRITE)
    assert written.outcome.written == 1 and written.plan.edited
    repo.commit()
    compared = run(repo.root, settings, View(staged=True), Mode.STATUS)
    assert compared.plan is not None and not compared.stale and compared.plan.edited


def _aged(pages) -> None:
    """Pages last changed a while ago: their stat can vouch for their bytes."""
    for page in pages.rglob("*.md"):
        os.utime(page, (time.time() - 60, time.time() - 60))


def test_the_stamp_keeps_page_digests_so_a_key_reads_only_pages_whose_stat_changed(repo, monkeypatch):
    repo.write("a.py", CODE)
    repo.write("b.py", "def h():\n    return 2\n")
    repo.commit()
    settings = load_settings(repo.root)
    run(repo.root, settings, View(), Mode.WRITE)
    pages = repo.root / settings.out
    _aged(pages)
    first = stamp.staged_key(repo.root, settings, index_listing(repo.root))
    assert sorted(first.pages) == ["a.py.md", "b.py.md", "index.md"]
    stamp.write(repo.root, first, 3)
    read = []
    read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: read.append(path.name) or read_bytes(path))
    again = stamp.staged_key(repo.root, settings, index_listing(repo.root))
    assert again.hash == first.hash and again.vouched == 3 and read == ["docs-current"]
    read.clear()
    page = pages / "b.py.md"
    page.write_bytes(page.read_bytes() + b"\nMine.\n")  # a hand edit, just made: its stat vouches for nothing yet
    read.clear()
    edited = stamp.staged_key(repo.root, settings, index_listing(repo.root))
    assert edited.hash != first.hash and "b.py.md" not in edited.pages and edited.vouched is None
    assert sorted(n for n in read if n.endswith(".md")) == ["b.py.md"]


def test_a_stamp_that_is_not_what_repoagent_writes_vouches_for_nothing(repo):
    repo.write("a.py", CODE)
    repo.commit()
    settings = load_settings(repo.root)
    run(repo.root, settings, View(), Mode.WRITE)
    key = stamp.staged_key(repo.root, settings, index_listing(repo.root))
    path = repo.root / ".repoagent" / "docs-current"
    for forged in (f"{key.hash} 3\n".encode(), b"\x93\xa1x\x03\x80", b"\xc1" * 10, b"\x93\xc0\x03\x80"):
        path.write_bytes(forged)
        again = stamp.staged_key(repo.root, settings, index_listing(repo.root))
        assert again.vouched is None and again.hash == key.hash

"""A file that is there but cannot be read as code keeps its page untouched: its
sections are neither stale nor deleted, and status and the run say it was skipped."""

from __future__ import annotations

import json

import pytest

from tests.docs.conftest import OUT
from tests.docs.test_pages import generate

LOCKED = 'writer=static lock -->\n<a id="pkg.core.base">'


def lock_base(repo) -> bytes:
    page = repo.root / OUT / "pkg/core.py.md"
    page.write_text(page.read_text().replace('writer=static -->\n<a id="pkg.core.base">', LOCKED, 1))
    assert LOCKED in page.read_text()
    return page.read_bytes()


def skipped_entry(run, *flags: str) -> dict:
    code, out, err = run("status", "--json", *flags)
    assert code == 0, err
    found = json.loads(out)
    assert not [entry for entry in found["stale"] if entry["path"] == "pkg/core.py"]
    [entry] = found["skipped"]
    return entry


@pytest.mark.parametrize("damage", ["nul byte", "too big"])
def test_a_skipped_file_keeps_its_page_and_is_reported(repo, run, monkeypatch, damage):
    generate(repo, run)
    page = lock_base(repo)
    source = repo.root / "pkg/core.py"
    if damage == "nul byte":
        source.write_bytes(source.read_bytes() + b"\0")
    else:
        monkeypatch.setenv("REPOAGENT_MAX_FILE_SIZE", str(len(source.read_bytes()) - 1))

    entry = skipped_entry(run)
    assert entry["path"] == "pkg/core.py" and entry["page"] == "pkg/core.py.md"
    assert ("NUL" if damage == "nul byte" else "max_file_size") in entry["reason"]
    code, out, _ = run("status")
    assert code == 0 and "skipped" in out and "its page is kept" in out
    code, out, err = run("docs")
    assert code == 0, err
    assert "1 skipped file(s), pages kept" in out and "pkg/core.py: skipped" in err
    assert (repo.root / OUT / "pkg/core.py.md").read_bytes() == page
    assert "pkg/core.py.md" in (repo.root / OUT / "index.md").read_text()
    assert run("docs", "--check")[0] == 0


def test_an_unmerged_file_keeps_its_page_under_staged(repo, run):
    generate(repo, run)
    page = lock_base(repo)
    repo.commit("docs")
    repo.git("checkout", "-q", "-b", "other")
    repo.write("pkg/core.py", (repo.root / "pkg/core.py").read_text().replace("x * 2", "x * 3"))
    repo.commit("other")
    repo.git("checkout", "-q", "main")
    repo.write("pkg/core.py", (repo.root / "pkg/core.py").read_text().replace("x * 2", "x * 4"))
    repo.commit("main")
    with pytest.raises(RuntimeError):
        repo.git("merge", "-q", "other")  # a conflict: pkg/core.py is unmerged

    assert skipped_entry(run, "--staged")["reason"] == "unmerged"
    code, out, err = run("docs", "--staged")
    assert "pages kept" in out, err
    assert (repo.root / OUT / "pkg/core.py.md").read_bytes() == page

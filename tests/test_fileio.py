"""Atomic writes keep permissions and leave devices alone."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

from repoagent.fileio import listed, remove_leftovers, stat_of, write_atomically


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_the_permissions_of_any_new_file(tmp_path: Path) -> None:
    write_atomically(tmp_path / "sub" / "page.md", "text")
    (tmp_path / "plain.md").write_text("text")
    assert (tmp_path / "sub" / "page.md").read_text() == "text"
    assert mode(tmp_path / "sub" / "page.md") == mode(tmp_path / "plain.md")


def test_an_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    script = tmp_path / "run.sh"
    script.write_text("old")
    script.chmod(0o750)
    write_atomically(script, b"new")
    assert script.read_bytes() == b"new" and mode(script) == 0o750
    assert [p.name for p in tmp_path.iterdir()] == ["run.sh"]  # no temporary left behind


def test_a_device_is_written_to_not_replaced() -> None:
    write_atomically(Path(os.devnull), "ignored")
    assert stat.S_ISCHR(Path(os.devnull).stat().st_mode)


def test_the_temporary_file_is_made_in_the_scratch_folder(tmp_path: Path, monkeypatch) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    renamed: list[tuple[str, str]] = []
    real_replace = os.replace

    def replace(source, target) -> None:
        renamed.append((str(source), str(target)))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    write_atomically(tmp_path / "docs" / "page.md", "text", scratch)
    [(source, target)] = renamed
    assert Path(source).parent == scratch and target == str(tmp_path / "docs" / "page.md")
    assert [p.name for p in (tmp_path / "docs").iterdir()] == ["page.md"]
    assert not any(scratch.iterdir())


def test_leftovers_of_dead_writers_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    dead = subprocess.Popen(["true"])
    dead.wait()
    leftover = tmp_path / f".{dead.pid}-page.md.abc123"
    live = tmp_path / f".{os.getpid()}-page.md.def456"
    foreign = tmp_path / "notes.txt"
    for path in (leftover, live, foreign):
        path.write_text("x")
    remove_leftovers(tmp_path)
    assert not leftover.exists() and live.exists() and foreign.exists()


def test_listed_is_what_sorted_rglob_finds(tmp_path: Path) -> None:
    """The pages' one walk (:func:`listed`) finds and orders them as ``sorted(rglob)``
    did: by parts, hidden names too, folders named like a page, symlinked folders
    not entered, a dangling symlink without a stat."""
    for folder in ("a.md/x", "a-b", "a", ".h"):
        (tmp_path / folder).mkdir(parents=True)
    for page in ("a/b.md", "a-b.md", "a.md/x/y.md", ".h/.md", "Z.MD", "a-b/c.md"):
        (tmp_path / page).write_text("x")
    (tmp_path / "link.md").symlink_to(tmp_path / "a")
    (tmp_path / "folder").symlink_to(tmp_path / "a")
    (tmp_path / "gone.md").symlink_to(tmp_path / "nowhere")
    expected = {p.relative_to(tmp_path).as_posix(): stat_of(p) if p.is_file() else None
                for p in sorted(tmp_path.rglob("*.md"))}
    assert list(listed(tmp_path, ".md").items()) == list(expected.items())
    assert list(listed(tmp_path, ".md"))[:3] == [".h/.md", "a/b.md", "a-b/c.md"]


def test_the_temporary_file_is_new_private_and_never_a_link_s_target(tmp_path: Path, monkeypatch) -> None:
    from repoagent import fileio

    handle, name = fileio._temporary(tmp_path, ".123-page.md.")
    os.close(handle)
    assert Path(name).parent == tmp_path and Path(name).name.startswith(".123-page.md.") and mode(Path(name)) == 0o600
    taken = [name]
    target = tmp_path / "elsewhere"
    (tmp_path / ".9-x.000000000000").symlink_to(target)  # a link where the first name tried is
    names = iter(["000000000000", "000000000000", "111111111111"])
    monkeypatch.setattr(os, "urandom", lambda n: bytes.fromhex(next(names)))
    handle, name = fileio._temporary(tmp_path, ".9-x.")
    os.close(handle)
    assert name.endswith(".9-x.111111111111") and not target.exists() and name not in taken

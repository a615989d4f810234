"""Atomic writes keep permissions and leave devices alone."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from repoagent.fileio import write_atomically


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

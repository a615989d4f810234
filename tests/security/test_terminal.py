"""What repoagent prints cannot act on the reader's terminal: file names and ids
come from a stranger's pull request, and git holds any name."""

from __future__ import annotations

import io
import os
import re
import sys
from pathlib import Path

import pytest

from repoagent.terminal import printable, say
from tests.support.git_repo import GitRepo
from tests.support.hooks import repoagent

ESCAPE = "a\x1b]0;owned\x07b.py"  # sets the terminal's title
BIDI = "c\u202ed.py"  # shows what follows right to left
NEWLINE = "e\nnew           forged.py"  # would forge a second status line


def test_control_and_bidi_characters_are_escaped_in_one_line() -> None:
    assert printable(ESCAPE) == "a\\x1b]0;owned\\x07b.py"
    assert printable(BIDI) == "c\\u202ed.py"
    assert printable("x\r\ty\nz\x7f\x9b") == "x\\r\\ty\\nz\\x7f\\x9b"


def test_text_of_several_lines_keeps_its_lines_and_tabs() -> None:
    assert printable("-\told\x1b[2J\n+\tnew\n", lines=True) == "-\told\\x1b[2J\n+\tnew\n"


def test_ordinary_and_non_ascii_text_is_unchanged() -> None:
    text = "new           ü.grüße  päckchen/ü.py (was 名前.py) — ok"
    assert printable(text) == text


def test_a_byte_that_is_not_utf8_is_shown_as_the_byte() -> None:
    assert printable(os.fsdecode(b"b\xff.py")) == "b\\xff.py"


def test_status_prints_hostile_file_names_escaped_one_per_line(tmp_path: Path) -> None:
    repo = GitRepo.init(tmp_path)
    for name in (ESCAPE, BIDI, NEWLINE):
        repo.write(name, "def f():\n    return 1\n")
    (tmp_path / os.fsdecode(b"g\xff.py")).write_text("def g():\n    return 2\n")
    repo.commit("hostile names")

    # A strict UTF-8 stdout, as under an ordinary UTF-8 locale: a name that is not
    # UTF-8 used to crash the run (exit 3).
    result = repoagent(tmp_path, "status", PYTHONIOENCODING="utf-8")

    assert result.returncode == 0, result.stderr
    for char in ("\x1b", "\x07", "\u202e"):
        assert char not in result.stdout
    lines = result.stdout.splitlines()
    assert not any(line.startswith("new           forged.py") for line in lines)
    assert "a\\x1b]0;owned\\x07b.py" in result.stdout
    assert "e\\nnew           forged.py" in result.stdout
    assert "g\\xff.py" in result.stdout


def test_text_an_ascii_stream_cannot_spell_is_escaped_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", stream)
    say("grüße \x1b[2J")
    say("plain", newline=False)
    assert stream.buffer.getvalue() == b"gr\\xfc\\xdfe \\x1b[2J\nplain"


def test_no_character_printable_escapes_is_printable_to_python() -> None:
    """``printable`` returns text ``str.isprintable`` passes as it is: that must hold
    none of the characters it escapes."""
    from repoagent.terminal import CONTROLS

    ranges = re.findall(r"(.)(?:-(.))?", CONTROLS, re.DOTALL)
    escaped = [chr(code) for first, last in ranges for code in range(ord(first), ord(last or first) + 1)] + ["\t", "\n"]
    assert len(escaped) > 2000 and not any(char.isprintable() for char in escaped)
    assert all(printable(f"a{char}b") != f"a{char}b" for char in escaped)

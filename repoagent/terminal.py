"""Everything the CLI prints goes through :func:`say`, because much of it comes
from the repository: file names, ids, settings, test output, code in a patch.

git holds any file name, and a stranger's pull request chooses them. Printed as
they are, an escape sequence (``ESC [ 2 J``, a title or hyperlink sequence) acts on
the reader's terminal, a carriage return hides what came before it on the line, a
bidirectional override (U+202E) shows code in an order other than the one that runs,
and a newline forges a second status line. So control characters and bidi controls
are written as Python escapes (``\\x1b``, ``\\u202e``), as ``git`` quotes odd paths;
so is each byte of a file name that is not UTF-8 (read as a lone surrogate, which a
terminal's strict UTF-8 encoding refuses: the run used to crash): ``\\xff``.
Ordinary text, non-ASCII letters included, is printed unchanged, except on a
stream whose encoding cannot spell it (an ASCII locale), where it is escaped too.

Written to the standard streams directly, not with ``click.echo``: the hook's
commands run without importing click (:mod:`repoagent.cli.hook_lines`), and what
``click.echo`` adds (ANSI codes stripped off a terminal, Windows consoles) is done
by :func:`printable` or not needed (repoagent runs on POSIX systems).
"""

from __future__ import annotations

import functools
import re
import sys

#: Control characters (Unicode's Cc), bidi controls (Cf) and lone surrogates (Cs):
#: none is printable to :meth:`str.isprintable`.
CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def printable(text: str, *, lines: bool = False) -> str:
    """``text`` with every character that could act on a terminal escaped. Text
    :meth:`str.isprintable` passes (a line of ASCII, a non-ASCII name) holds none, and
    is returned as it is: no pattern to compile, 1.5 ms of every run's start-up."""
    if text.isprintable():
        return text
    return _unsafe(lines).sub(_escape, text)


@functools.cache
def _unsafe(lines: bool) -> re.Pattern[str]:
    """Text of several lines (a patch, test output) keeps its newlines and tabs; one
    line (a status entry, a warning) escapes them too: one item, one line."""
    return re.compile(f"[{CONTROLS}]" if lines else f"[{CONTROLS}\t\n]")


def say(text: str, *, err: bool = False, lines: bool = False, newline: bool = True) -> None:
    """Print ``text`` (on stderr with ``err``), made :func:`printable`, and flush."""
    stream = sys.stderr if err else sys.stdout
    if stream is None:
        return  # no stream to write to (a detached process)
    out = printable(text, lines=lines) + ("\n" if newline else "")
    try:
        stream.write(out)
    except UnicodeEncodeError:  # nothing was written: the whole text is encoded first
        encoding = stream.encoding or "ascii"
        stream.write(out.encode(encoding, "backslashreplace").decode(encoding))
    stream.flush()


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as surrogateescape keeps it
        code -= 0xDC00
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")

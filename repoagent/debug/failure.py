"""Read what a failing run printed: the traceback, the syntax error, the counts.

The reader only parses text (Python tracebacks, pytest's and unittest's summary
lines, the bench judge's ``passed X/Y`` line), so it works for any test command
the user gives; what it cannot parse still reaches the engines as raw output.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field

from repoagent.debug.sandbox import RunResult


class Kind(enum.IntEnum):
    """How bad a run went; a higher value is closer to passing."""

    SYNTAX = 0
    TIMEOUT = 1
    EXCEPTION = 2
    WRONG = 3
    PASSED = 4


@dataclass(frozen=True, slots=True)
class Frame:
    """One traceback frame: ``File "path", line N, in function``."""

    path: str
    line: int
    function: str | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    """A run, read: how it ended, where, and how many tests passed."""

    kind: Kind
    output: str
    exc_type: str | None = None
    message: str = ""
    frames: tuple[Frame, ...] = field(default=())
    passed: int = 0
    total: int | None = None
    raised: int = 0
    """Test cases that ended in an exception (the rest of the failing ones answered
    wrong): with several bugs, fixing one lets a case run to an answer before any
    case passes, and this count is how the session sees that progress."""

    @property
    def score(self) -> tuple[int, int, int]:
        """Orders runs by progress: more tests passed first, then a milder failure,
        then fewer cases that raised."""
        return (self.passed, int(self.kind), -self.raised)

    @property
    def missing_name(self) -> str | None:
        """The undefined name of a NameError or the missing attribute of an AttributeError."""
        found = re.search(r"name '(\w+)' is not|has no attribute '(\w+)'|local variable '(\w+)'", self.message)
        return next(group for group in found.groups() if group) if found else None

    @property
    def owner_type(self) -> str | None:
        """For ``'list' object has no attribute 'x'``: ``list``."""
        found = re.search(r"'([\w.]+)' object has no attribute", self.message)
        return found.group(1) if found else None

    @property
    def suggestion(self) -> str | None:
        """Python 3.10+'s ``Did you mean: 'x'?`` hint, when it gave one."""
        found = re.search(r"Did you mean:? '?([\w.]+)'?\?", self.message)
        return found.group(1) if found else None

    def frames_in(self, path: str) -> list[Frame]:
        """The frames that point into ``path`` (compared by file name suffix)."""
        return [frame for frame in self.frames if same_file(frame.path, path)]


_TRACEBACK = "Traceback (most recent call last):"
# The output is the test's (hostile, up to a run's kept size): every pattern reads
# it in linear time. An indent of ``\s*`` would cross lines, and from every line
# scan all the blank lines below it.
_FRAME = re.compile(r'^[^\S\n]*File "(?P<path>[^"]+)", line (?P<line>\d+)(?:, in (?P<func>\S+))?', re.M)
_EXC_LINE = re.compile(r"^(?P<type>[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning)|AssertionError)(?::\s?(?P<msg>.*))?$")
_PYTEST_FRAME = re.compile(r"^(?P<path>[^\s:]+\.py):(?P<line>\d+): (?:in (?P<func>\S+)|(?P<type>\w+))$", re.M)


def read_failure(result: RunResult) -> Failure:
    """Turn a run into a :class:`Failure` (``Kind.PASSED`` when it exited 0)."""
    text = result.output
    passed, total = _counts(text)
    if result.stopped:
        return Failure(Kind.TIMEOUT, text, passed=passed, total=total)
    if result.ok:
        return Failure(Kind.PASSED, text, passed=total or passed or 1, total=total)
    exc_type, message, frames = _last_traceback(text)
    if exc_type in ("SyntaxError", "IndentationError", "TabError"):
        kind = Kind.SYNTAX
    elif exc_type is None or exc_type == "AssertionError" and _only_assertions(text):
        kind = Kind.WRONG
    else:
        kind = Kind.EXCEPTION
    return Failure(kind, text, exc_type, message, frames, passed, total, _raised(text, kind, passed, total))


def _last_traceback(text: str) -> tuple[str | None, str, tuple[Frame, ...]]:
    start = text.rfind(_TRACEBACK)
    block = text[start:] if start >= 0 else text
    frames = tuple(
        Frame(m["path"], int(m["line"]), m["func"]) for m in _FRAME.finditer(block)
    ) or tuple(Frame(m["path"], int(m["line"]), m["func"]) for m in _PYTEST_FRAME.finditer(text))
    lines = block.splitlines()
    for line in lines:
        found = _EXC_LINE.match(line.strip().removeprefix("E").strip())
        if found and (start >= 0 or frames):
            message = found["msg"] or ""
            return found["type"].rsplit(".", 1)[-1], message, frames
    return None, "", frames


def _only_assertions(text: str) -> bool:
    return "Error" not in text.replace("AssertionError", "")


_WRONG_ANSWER = re.compile(r"^(?>.*? returned ).*, expected |^FAILED \S+ - (?:assert |AssertionError)", re.M)
"""A case that ran to a wrong answer: the bench judge's and the JSONL test's line,
or pytest's summary line of a failed assertion; at most one per line. The line's
first `` returned `` is the only one tried (atomic group): trying each one to the
line's end was quadratic on a line that repeats it."""


def _raised(text: str, kind: Kind, passed: int, total: int | None) -> int:
    """How many test cases ended in an exception: those neither passed nor answered
    wrong (so a run that crashed before any case counts them all); without a count
    of cases, the tracebacks printed that are not assertions."""
    if kind != Kind.EXCEPTION:
        return 0
    if total:
        return max(1, total - passed - len(_WRONG_ANSWER.findall(text)))
    blocks = [_last_traceback(_TRACEBACK + block)[0] for block in text.split(_TRACEBACK)[1:]]
    return max(1, sum(1 for exc_type in blocks if exc_type not in (None, "AssertionError")))


def _counts(text: str) -> tuple[int, int | None]:
    judge = re.findall(r"^passed (\d+)/(\d+)$", text, re.M)
    if judge:
        return int(judge[-1][0]), int(judge[-1][1])
    passed = sum(int(n) for n in re.findall(r"(\d+) passed", text[-2000:]))
    failed = sum(int(n) for n in re.findall(r"(\d+) (?:failed|errors?)\b", text[-2000:]))
    if passed or failed:
        return passed, passed + failed
    ran = re.search(r"^Ran (\d+) tests?", text, re.M)
    if ran:
        bad = sum(int(n) for n in re.findall(r"(?:failures|errors)=(\d+)", text))
        return int(ran.group(1)) - bad, int(ran.group(1))
    return 0, None


def same_file(a: str, b: str) -> bool:
    """Whether two spellings of a path (absolute, relative) name the same file."""
    a, b = a.replace("\\", "/"), b.replace("\\", "/")
    return a == b or a.endswith("/" + b) or b.endswith("/" + a)

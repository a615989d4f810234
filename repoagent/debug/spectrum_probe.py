"""The coverage probe appended to an editable file for one traced run (stdlib only).

It runs inside the candidate's own process (never in repoagent's), so it works
under any test command that imports or executes the file: ``pytest``, a script,
the bench judge's harness (which runs ``python -S``). Each *entry* is a call from
outside the traced files into them (one test case calling the code under test);
the probe records the lines each entry executes and whether it failed: an
exception left it, an exception was raised in the calling test code after it
returned (a failed ``assert``), or, for plain scripts, the test printed something
after it returned (a mismatch report; the final ``passed X/Y`` line aside). At
exit it writes one marker line with the entries to stderr, which
:mod:`repoagent.debug.spectrum` reads.
"""

import atexit
import json
import re
import sys

MARKER = "REPOAGENT-SPECTRUM "
_SUMMARY = re.compile(r"^\s*(passed \d+/\d+|\d+ (passed|failed)|Ran \d+ tests?|OK|FAILED)")


class _Probe:
    def __init__(self):
        self.files = set()
        self.entries = []
        self.current = None
        self.frame = None
        self.pending = False
        self.system = tuple({sys.prefix, sys.base_prefix, sys.exec_prefix})
        self.frameworks = "_pytest" in sys.modules or "unittest" in sys.modules

    def global_trace(self, frame, event, arg):
        name = frame.f_code.co_filename
        if name in self.files:
            if self.current is None:
                self.current = {"file": name, "lines": set(), "failed": False}
                self.frame, self.pending = frame, False
            return self.traced
        if name.startswith(self.system) or name.startswith("<"):
            return None
        return self.caller

    def traced(self, frame, event, arg):
        entry = self.current
        if entry is None:
            return None
        if event == "line":
            entry["lines"].add(frame.f_lineno)
            if frame is self.frame:
                self.pending = False
        elif event == "exception" and frame is self.frame:
            self.pending = True
        elif event == "return" and frame is self.frame:
            entry["failed"] = self.pending
            self.entries.append(entry)
            self.current = self.frame = None
        return self.traced

    def caller(self, frame, event, arg):
        if event == "exception" and self.current is None:
            self.fail_last()
        return self.caller

    def fail_last(self):
        if self.entries and len(self.entries) < 100000:
            self.entries[-1]["failed"] = True

    def wrote(self, text):
        if self.current is None and not self.frameworks and re.search(r"[A-Za-z]{2}", text) and not _SUMMARY.match(text):
            self.fail_last()

    def dump(self):
        sys.settrace(None)
        entries = [[e["file"], sorted(e["lines"]), e["failed"]] for e in self.entries[:2000]]
        sys.__stderr__.write("\n" + MARKER + json.dumps(entries) + "\n")
        sys.__stderr__.flush()


class _Watched:
    """A text stream that tells the probe what the test prints."""

    def __init__(self, stream, probe):
        self._stream, self._probe = stream, probe

    def write(self, text):
        self._probe.wrote(text)
        return self._stream.write(text)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def install(filename):
    """Trace ``filename`` (the file this probe was appended to)."""
    probe = getattr(sys, "_repoagent_probe", None)
    if probe is None:
        probe = _Probe()
        sys._repoagent_probe = probe
        sys.stdout, sys.stderr = _Watched(sys.stdout, probe), _Watched(sys.stderr, probe)
        atexit.register(probe.dump)
        sys.settrace(probe.global_trace)
    probe.files.add(filename)


install(sys._getframe(1).f_code.co_filename)

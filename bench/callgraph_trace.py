"""Check the call-graph micro-benchmark's expected edges against what really runs.

Usage: python bench/callgraph_trace.py [PROGRAM ...]   (default: every program)

Each program under ``bench/callgraph/`` and ``bench/callgraph_holdout/``
(``CATEGORY/NAME/``, entry ``main.py``) runs
in a fresh interpreter under a profiler hook that records every call between the
program's own definitions, named as repoagent names them (``module.Class.method``;
calls made in a lambda or comprehension belong to the definition around it; code
at the top of a module belongs to the module, in a class body to the class). A
function the interpreter or a library calls back (``sorted(key=f)``, ``__enter__``,
a ``contextlib`` generator) is attributed to the nearest frame of the program below
it. A class whose instantiation runs no ``__init__`` of the program is recorded as a
call of the class itself, by a ``__new__`` the checker adds to each class it sees
created. Threads the program starts are profiled too. The traced set is compared
with ``expected.txt``; any difference is printed, and the exit status is 1 when there
is one. An expected edge the profiler cannot see as a call (a generator or coroutine
made by one function and run by whoever resumes it, a thread's first call) carries
``# not traced: why`` on its line, and what the profiler sees in its place is listed
on lines ``# traced instead: caller -> callee``.

This is a sanity check of hand-written expectations, not part of repoagent: it runs
the benchmark's own programs, never a user's code.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path, PurePosixPath

from callgraph_bench import HOLDOUT, PROGRAMS, load_programs, parse_expected

# Runs in a fresh interpreter; argv[1:] are program folders, each run in a forked
# child of its own (nothing one program does is seen by the next) that writes one
# JSON line: [folder, edges or null, error].
_TRACER = r'''
import builtins, functools, json, os, runpy, sys, threading, traceback

ROOT = ""
edges = set()
CO_OPTIMIZED = 0x1


@functools.lru_cache(maxsize=None)
def module_of(filename):
    path = os.path.realpath(filename) if os.path.isabs(filename) else ""
    if not path.startswith(ROOT + os.sep):
        return None
    parts = os.path.relpath(path, ROOT)[: -len(".py")].split(os.sep)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def owner(code):
    """Where the definition whose code this is starts (lambdas, comprehensions: the one
    around them), and its id by qualified name: [path, line, id]."""
    module = module_of(code.co_filename)
    if module is None:
        return None
    path = os.path.relpath(os.path.realpath(code.co_filename), ROOT)
    if code.co_name == "<module>":
        return (path, 0, module)
    names = []
    for part in code.co_qualname.split("."):
        if part == "<locals>":
            continue
        if part.startswith("<"):
            break
        names.append(part)
    if len(names) < len(code.co_qualname.replace(".<locals>", "").split(".")):
        return (path, -1, ".".join([module, *names]) if names else module)  # the line is not the owner's
    return (path, code.co_firstlineno, ".".join([module, *names]))


def caller_of(frame):
    frame = frame.f_back
    while frame is not None and module_of(frame.f_code.co_filename) is None:
        frame = frame.f_back
    return None if frame is None else owner(frame.f_code)


def profile(frame, event, arg):
    if event != "call":
        return
    code = frame.f_code
    if code is _new.__code__:
        cls = frame.f_locals["cls"]
        if not any(module_of(getattr(k.__dict__.get("__init__"), "__code__", _new.__code__).co_filename) for k in cls.__mro__):
            callee = class_id(cls)
            caller = caller_of(frame)
            if callee and caller:
                edges.add((caller, callee))
        return
    if not code.co_flags & CO_OPTIMIZED or code.co_name.startswith("<"):
        return  # module and class bodies run, but are not called; lambdas are no nodes
    callee = owner(code)
    caller = caller_of(frame) if callee else None
    if callee and caller:
        edges.add((caller, callee))


def class_id(cls):
    module = sys.modules.get(cls.__module__)
    name = module_of(getattr(module, "__file__", None) or "") if module else None
    if name is None:
        return None
    path = os.path.relpath(os.path.realpath(module.__file__), ROOT)
    return (path, -1, ".".join([name, *(p for p in cls.__qualname__.split(".") if p != "<locals>")]))


def _new(cls, *args, **kwargs):
    for base in cls.__mro__:
        if base.__dict__.get("__new__", _ADDED_NEW) is not _ADDED_NEW:
            if base.__new__ is object.__new__:
                return object.__new__(cls)
            return base.__new__(cls, *args, **kwargs)
    return object.__new__(cls)


_ADDED_NEW = staticmethod(_new)
_build_class = builtins.__build_class__


def build_class(body, name, *bases, **keywords):
    cls = _build_class(body, name, *bases, **keywords)
    if type(cls).__call__ is type.__call__ and "__new__" not in cls.__dict__ and module_of(body.__code__.co_filename):
        cls.__new__ = _ADDED_NEW
    return cls


def run(folder):
    global ROOT
    ROOT = os.path.realpath(folder)
    builtins.__build_class__ = build_class
    sys.path.insert(0, ROOT)
    os.chdir(ROOT)
    sys.stdout = open(os.devnull, "w")
    sys.setprofile(profile)
    threading.setprofile(profile)  # the calls made in threads the program starts
    try:
        runpy.run_path(os.path.join(ROOT, "main.py"), run_name="__main__")
        return [folder, sorted(edges), None]
    except BaseException:
        return [folder, None, traceback.format_exc()]
    finally:
        sys.setprofile(None)
        threading.setprofile(None)


for folder in sys.argv[1:]:
    child = os.fork()
    if child == 0:
        os.write(1, (json.dumps(run(folder)) + "\n").encode())
        os._exit(0)
    os.waitpid(child, 0)
'''


def traced_edges(programs: list[Path]) -> dict[Path, set[tuple[str, str]] | str]:
    """The calls between each program's definitions that happen when its ``main.py``
    runs (or the traceback it failed with).

    The profiler names each end by its qualified name, and says where its definition
    starts; repoagent's parser turns that place into its id, so a second definition
    of a name (a property's setter, ``f~2``) is told from the first."""
    result = subprocess.run(
        [sys.executable, "-I", "-c", _TRACER, *map(str, programs)], capture_output=True, text=True, timeout=600
    )
    if result.returncode != 0:
        raise RuntimeError(f"the tracer failed:\n{result.stderr}")
    traced: dict[Path, set[tuple[str, str]] | str] = {}
    for line in result.stdout.splitlines():
        folder, ends, error = json.loads(line)
        ids = definition_ids(Path(folder))
        traced[Path(folder)] = error or {tuple(ids.get((path, first), name) for path, first, name in pair) for pair in ends}
    return traced


def definition_ids(program: Path) -> dict[tuple[str, int], str]:
    """Repoagent's id of every definition of the program, by file and first line."""
    from repoagent.hashing import content_hash
    from repoagent.parsing.languages.python import Python

    language = Python()
    ids = {}
    for file in program.rglob("*.py"):
        relative = file.relative_to(program).as_posix()
        source = file.read_bytes()
        parsed = language.parse(source, relative, language.module_name(PurePosixPath(relative)), content_hash(source))
        ids.update({(relative, d.span.start_line): d.id for d in parsed.definitions if d.parent is not None})
    return ids


def mismatches(programs: list[Path]) -> list[str]:
    """One report per program whose traced edges differ from its ``expected.txt``."""
    traced = traced_edges(programs)
    reports = []
    for program in programs:
        name = next((program.relative_to(root) for root in (PROGRAMS, HOLDOUT) if program.is_relative_to(root)), program)
        found = traced.get(program, "no result")
        if isinstance(found, str):
            reports.append(f"{name} failed:\n{found}")
            continue
        text = (program / "expected.txt").read_text()
        expected, untraced, instead = parse_expected(text), _marked(text, "# not traced"), _traced_instead(text)
        unseen, unexpected = expected - found - untraced, found - expected - instead
        if unseen or unexpected:
            lines = [f"{name}:"]
            lines += [f"  expected, not traced: {caller} -> {callee}" for caller, callee in sorted(unseen)]
            lines += [f"  traced, not expected: {caller} -> {callee}" for caller, callee in sorted(unexpected)]
            reports.append("\n".join(lines))
    return reports


def _marked(text: str, mark: str) -> set[tuple[str, str]]:
    """The expected edges whose line's comment starts with ``mark``: ``# not traced``
    for a call the profiler cannot see as one (a coroutine or generator made here and
    run by whoever resumes it, a thread started here), stated with its reason."""
    return {edge for line in text.splitlines() if line.partition("#")[2].strip().startswith(mark[1:].strip())
            for edge in parse_expected(line)}


def _traced_instead(text: str) -> set[tuple[str, str]]:
    """Edges the profiler sees in place of a ``# not traced`` one, each on a comment line
    ``# traced instead: caller -> callee``: no call of the program, not expected."""
    prefix = "# traced instead:"
    return {edge for line in text.splitlines() if line.strip().startswith(prefix)
            for edge in parse_expected(line.strip()[len(prefix):])}


def main(argv: list[str]) -> int:
    programs = [Path(a).resolve() for a in argv] or [p.folder for p in load_programs(PROGRAMS, HOLDOUT)]
    reports = mismatches(programs)
    print("\n".join(reports))
    print(f"{len(programs) - len(reports)}/{len(programs)} programs match their traces")
    return 1 if reports else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

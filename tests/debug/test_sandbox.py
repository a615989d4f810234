"""The sandbox: a copy, limits that hold, and no keys in the child's environment."""

from __future__ import annotations

import sys

from repoagent.debug.failure import Kind, read_failure
from repoagent.debug.sandbox import Limits, Sandbox


def test_runs_on_a_copy_and_restores_files(tmp_path):
    (tmp_path / "a.py").write_text("print('original')\n", encoding="utf-8")
    with Sandbox(tmp_path) as box:
        changed = box.run([sys.executable, "a.py"], Limits(10), {"a.py": "open('a.py', 'w').write('x')\n"})
        again = box.run([sys.executable, "a.py"], Limits(10))
    assert changed.ok and again.stdout == "original\n"
    assert (tmp_path / "a.py").read_text(encoding="utf-8") == "print('original')\n"


def test_time_and_memory_limits_stop_the_child(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret")
    with Sandbox() as box:
        slow = box.run([sys.executable, "-c", "while True: pass"], Limits(timeout=0.5))
        big = box.run([sys.executable, "-c", "x = bytearray(2 * 1024**3)"], Limits(timeout=10, memory_mb=256))
        env = box.run([sys.executable, "-c", "import os; print(os.environ.get('OPENAI_API_KEY'))"], Limits(10))
    assert slow.timed_out and read_failure(slow).kind == Kind.TIMEOUT
    assert not big.ok and "MemoryError" in big.stderr
    assert env.stdout == "None\n"


def test_failure_reader_finds_frames_and_names():
    with Sandbox(files={"m.py": "def f():\n    return undefined_thing\nf()\n"}) as box:
        failure = read_failure(box.run([sys.executable, "m.py"], Limits(10)))
    assert failure.kind == Kind.EXCEPTION and failure.missing_name == "undefined_thing"
    assert [frame.line for frame in failure.frames_in("m.py")] == [3, 2]

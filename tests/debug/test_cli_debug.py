"""``repoagent debug`` on a small project with a failing pytest suite."""

from __future__ import annotations

import sys
import time

from repoagent.cli import main

CODE = "def mean(xs):\n    return sum(xs) / (len(xs) + 1)\n"
TEST = "from stats import mean\n\n\ndef test_mean():\n    assert mean([2, 4]) == 3\n\n\ndef test_one():\n    assert mean([5]) == 5\n"


def _project(tmp_path):
    (tmp_path / "stats.py").write_text(CODE, encoding="utf-8")
    (tmp_path / "test_stats.py").write_text(TEST, encoding="utf-8")
    return tmp_path


def test_debug_shows_verified_diff_without_writing(tmp_path, capsys):
    project = _project(tmp_path)

    code = main(["debug", str(project), "--test", f"{sys.executable} -m pytest -q -p no:cacheprovider", "--engine", "offline"])

    out = capsys.readouterr().out
    assert code == 0
    assert "-    return sum(xs) / (len(xs) + 1)" in out and "+    return sum(xs) / (len(xs))" in out
    assert (project / "stats.py").read_text(encoding="utf-8") == CODE


def test_debug_apply_writes_fix(tmp_path):
    project = _project(tmp_path)
    command = f"{sys.executable} -m pytest -q -p no:cacheprovider"

    assert main(["debug", str(project), "--test", command, "--engine", "offline", "--apply"]) == 0
    assert main(["debug", str(project), "--test", command, "--engine", "offline"]) == 0
    assert "len(xs) + 1" not in (project / "stats.py").read_text(encoding="utf-8")


def test_debug_rejects_missing_folder(tmp_path, capsys):
    assert main(["debug", str(tmp_path / "nope"), "--test", "true"]) == 2
    assert "is not a folder" in capsys.readouterr().err


def test_children_the_tests_leave_behind_neither_hold_nor_fail_the_session(tmp_path, capsys):
    (tmp_path / "stats.py").write_text(CODE, encoding="utf-8")
    (tmp_path / "check.py").write_text(
        "import os\n"
        "os.system('setsid sleep 40 > /dev/null 2>&1 & sleep 40 &')\n"
        "from stats import mean\n"
        "assert mean([2, 4]) == 3, mean([2, 4])\n",
        encoding="utf-8",
    )
    started = time.monotonic()

    code = main(["debug", str(tmp_path), "--test", f"{sys.executable} -S check.py", "--engine", "offline",
                 "--timeout", "3", "--time-limit", "10"])

    assert code == 0 and "Fixed: the tests pass" in capsys.readouterr().out
    assert time.monotonic() - started < 10


def test_env_passes_a_variable_the_test_needs(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SERVICE_URL", "https://user:pw@service.example")
    (tmp_path / "app.py").write_text("URL = 'unused'\n", encoding="utf-8")
    needs = 'test "$SERVICE_URL" = "https://user:pw@service.example"'

    assert main(["debug", str(tmp_path), "--test", needs, "--env", "SERVICE_URL"]) == 0
    assert "already pass" in capsys.readouterr().out
    assert main(["debug", str(tmp_path), "--test", needs, "--engine", "offline", "--max-rounds", "1"]) == 1
    assert main(["debug", str(tmp_path), "--test", needs, "--env", "SERVICE_URL=x"]) == 2
    assert "give the name of an environment variable" in capsys.readouterr().err

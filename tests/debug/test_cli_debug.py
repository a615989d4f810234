"""``repoagent debug`` on a small project with a failing pytest suite."""

from __future__ import annotations

import sys

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

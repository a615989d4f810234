"""The code fingerprint that keys the stamp and the caches: every Python source in
the folders counts, nested ones too, and nothing else does."""

from __future__ import annotations

from pathlib import Path

from repoagent.hashing import code_fingerprint


def _package(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_the_fingerprint_covers_every_python_source_and_nothing_else(tmp_path: Path) -> None:
    base = {"pkg/a.py": "A = 1\n", "pkg/sub/b.py": "B = 2\n", "pkg/notes.txt": "x\n"}
    reference = code_fingerprint(_package(tmp_path / "one", base) / "pkg")
    assert code_fingerprint(_package(tmp_path / "same", base) / "pkg") == reference
    assert code_fingerprint(_package(tmp_path / "text", {**base, "pkg/notes.txt": "y\n"}) / "pkg") == reference
    assert code_fingerprint(_package(tmp_path / "nested", {**base, "pkg/sub/b.py": "B = 3\n"}) / "pkg") != reference
    assert code_fingerprint(_package(tmp_path / "added", {**base, "pkg/c.py": ""}) / "pkg") != reference
    extra = _package(tmp_path / "file", {"t.j2": "{{ x }}\n"}) / "t.j2"
    assert code_fingerprint(tmp_path / "one" / "pkg", extra) != reference

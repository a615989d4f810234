"""The code fingerprint that keys the stamp and the caches: every Python source in
the folders counts, nested ones too, and nothing else does; the memo of its files'
digests, kept outside any repository, is used only while a file's stat is the one
remembered, and a memo that is missing, corrupt or unwritable changes nothing."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from repoagent import fingerprint
from repoagent.fingerprint import code_fingerprint
from repoagent.packed import pack, unpack


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


# The memo of file digests (kept in the user's cache folder, keyed by each file's stat).

_OLD = 1_600_000_000  # seconds: a stat this old vouches for its file (not "racily clean")


@pytest.fixture
def memo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh process's memo, kept under ``tmp_path/cache``; its file's path."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(fingerprint, "_MEMO", fingerprint._Memo())
    path = fingerprint.memo_path()
    assert path is not None and path.parent == tmp_path / "cache" / "repoagent"
    return path


def _settled(folder: Path, files: dict[str, str]) -> Path:
    """``_package`` with every file's times in the past, so their stats vouch for them."""
    _package(folder, files)
    for file in folder.rglob("*.py"):
        os.utime(file, (_OLD, _OLD))
    return folder


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fingerprint, "_MEMO", fingerprint._Memo())


def _remembered(path: Path) -> dict:
    return unpack(path.read_bytes())


def test_a_file_whose_stat_is_remembered_is_not_read_again(tmp_path: Path, memo: Path, monkeypatch) -> None:
    package = _settled(tmp_path / "pkg", {"a.py": "A = 1\n", "sub/b.py": "B = 2\n"})
    reference = code_fingerprint(package)
    assert set(_remembered(memo)) == {str(package / "a.py"), str(package / "sub" / "b.py")}
    _new_process(monkeypatch)
    opened = []
    monkeypatch.setattr("builtins.open", lambda *args, **kwargs: opened.append(args) or pytest.fail("read"))
    assert code_fingerprint(package) == reference and not opened


def test_the_memo_is_refreshed_when_a_source_file_changes(tmp_path: Path, memo: Path, monkeypatch) -> None:
    package = _settled(tmp_path / "pkg", {"a.py": "A = 1\n", "b.py": "B = 2\n"})
    code_fingerprint(package)
    (package / "a.py").write_text("A = 10\n", encoding="utf-8")  # another size and mtime
    os.utime(package / "a.py", (_OLD + 5, _OLD + 5))
    _new_process(monkeypatch)
    changed = code_fingerprint(package)
    assert changed == code_fingerprint_uncached(package)
    size = _remembered(memo)[str(package / "a.py")][0]
    assert size == len("A = 10\n")


def test_a_file_changed_within_the_clock_tick_is_hashed_every_time(tmp_path: Path, memo: Path, monkeypatch) -> None:
    package = _package(tmp_path / "pkg", {"a.py": "A = 1\n"})  # just written: its stat cannot vouch for it
    code_fingerprint(package)
    assert not memo.exists() or str(package / "a.py") not in _remembered(memo)


@pytest.mark.parametrize("content", [b"\xc1 not msgpack", b"\x90", pack({"a.py": [1, 2, 3]}), pack({"x": [1, 2, 3, 4, b"short"]})])
def test_a_corrupt_memo_is_ignored_and_written_again(tmp_path: Path, memo: Path, content: bytes) -> None:
    package = _settled(tmp_path / "pkg", {"a.py": "A = 1\n"})
    memo.parent.mkdir(parents=True)
    memo.write_bytes(content)
    assert code_fingerprint(package) == code_fingerprint_uncached(package)
    assert str(package / "a.py") in _remembered(memo)


def test_a_remembered_digest_counts_only_with_the_files_own_stat(tmp_path: Path, memo: Path, monkeypatch) -> None:
    """The memo is trusted for a file only while its stat is the one remembered: a
    different inode, size or time makes it read the file."""
    package = _settled(tmp_path / "pkg", {"a.py": "A = 1\n"})
    reference = code_fingerprint(package)
    entries = _remembered(memo)
    size, modified, changed, inode, _ = entries[str(package / "a.py")]
    memo.write_bytes(pack({str(package / "a.py"): [size, modified, changed, inode + 1, b"\0" * 16]}))
    _new_process(monkeypatch)
    assert code_fingerprint(package) == reference


def test_an_unwritable_cache_folder_costs_only_the_hashing(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "cache").write_text("a file, not a folder\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    _new_process(monkeypatch)
    package = _settled(tmp_path / "pkg", {"a.py": "A = 1\n"})
    assert code_fingerprint(package) == code_fingerprint_uncached(package)


def test_the_memo_lives_in_the_users_cache_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # not absolute: ignored, as the XDG rules say
    assert fingerprint.memo_path().parent == tmp_path / "home" / ".cache" / "repoagent"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert fingerprint.memo_path().parent == tmp_path / "xdg" / "repoagent"


def code_fingerprint_uncached(package: Path) -> str:
    """The fingerprint as hashing every file gives it (the reference)."""
    digest = hashlib.blake2b(digest_size=16)
    for file in sorted(str(f) for f in package.rglob("*.py")):
        digest.update(hashlib.blake2b(Path(file).read_bytes(), digest_size=16).digest())
    return digest.hexdigest()

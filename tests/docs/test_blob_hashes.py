"""A ``--staged`` run reads only the files whose git blob is new; the others' content
hashes come from ``.repoagent/blobs.msgpack`` (:mod:`repoagent.parsing.blobs`),
which is hostile input: one that does not decode is no record, and one whose hash a
file read later contradicts is forgotten and the graph built again."""

from __future__ import annotations

import shutil
from pathlib import Path

import msgpack
import pytest

from repoagent.changes.git import GitSnapshot
from repoagent.config import load_settings
from repoagent.docs import plan
from repoagent.hashing import content_hash
from repoagent.parsing.blobs import _KEY, BlobHashes
from repoagent.run import Mode, View, run
from repoagent.workspace import Workspace
from tests.support.git_repo import GitRepo

FILES = {
    "pkg/__init__.py": "",
    "pkg/a.py": "from pkg.b import helper\n\n\ndef run():\n    return helper()\n",
    "pkg/b.py": "def helper():\n    return 1\n\n\nclass Box:\n    def get(self):\n        return helper()\n",
    "pkg/c.py": "def other():\n    return 4\n",
}


def _documented(tmp_path: Path) -> GitRepo:
    repo = GitRepo.init(tmp_path / "repo")
    for path, text in FILES.items():
        repo.write(path, text)
    repo.commit()
    run(repo.root, load_settings(repo.root), View(staged=True), Mode.WRITE)
    repo.git("add", "-A")
    repo.git("commit", "-q", "-m", "docs")
    return repo


def _pages(root: Path) -> dict[str, bytes]:
    out = root / "docs/repoagent"
    return {path.relative_to(out).as_posix(): path.read_bytes() for path in sorted(out.rglob("*.md"))}


def _blob_id(repo: GitRepo, path: str) -> str:
    return repo.git("rev-parse", f":{path}")


def test_a_staged_plan_reads_only_the_edited_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = _documented(tmp_path)
    repo.write("pkg/a.py", FILES["pkg/a.py"] + "\n\ndef more():\n    return run()\n")
    repo.git("add", "-A")
    read: list[str] = []
    original = GitSnapshot.read
    monkeypatch.setattr(GitSnapshot, "read", lambda self, path: read.append(path) or original(self, path))

    found = plan(repo.root, load_settings(repo.root), staged=True)

    assert found.stale and set(read) == {"pkg/a.py"}


def test_a_forged_hash_is_found_when_the_file_is_parsed_and_forgotten(tmp_path: Path) -> None:
    repo = _documented(tmp_path)
    record = Workspace(repo.root).blob_hashes
    # pkg/b.py's blob said to hash as pkg/a.py: no summary of pkg/b.py by that hash, so it is read and parsed.
    entries = msgpack.unpackb(record.read_bytes())[1]
    entries[_blob_id(repo, "pkg/b.py")] = entries[_blob_id(repo, "pkg/a.py")]
    record.write_bytes(msgpack.packb([_KEY, entries]))
    repo.write("pkg/a.py", FILES["pkg/a.py"] + "\n\ndef more():\n    return run()\n")
    repo.git("add", "-A")
    scratch = tmp_path / "scratch"
    shutil.copytree(repo.root, scratch, symlinks=True)
    shutil.rmtree(scratch / ".repoagent")

    reports = [run(root, load_settings(root), View(staged=True), Mode.WRITE) for root in (repo.root, scratch)]

    assert _pages(repo.root) == _pages(scratch)
    assert reports[0].plan.counts() == reports[1].plan.counts()
    stored = msgpack.unpackb(record.read_bytes())[1]  # written again by the run built without it
    assert stored[_blob_id(repo, "pkg/b.py")][0] == content_hash(FILES["pkg/b.py"].encode())


@pytest.mark.parametrize("blob", [b"\xc1", msgpack.packb(["another key", {}]),
                                  msgpack.packb([_KEY, {"abc": [1, 2]}]), msgpack.packb([_KEY, {"abc": ["d"]}]),
                                  msgpack.packb([_KEY, [["abc", "d", 1]]])])
def test_a_record_not_as_written_is_no_record(tmp_path: Path, blob: bytes) -> None:
    workspace = Workspace(tmp_path)
    workspace.ensure()
    workspace.blob_hashes.write_bytes(blob)
    assert BlobHashes(tmp_path).get("abc", 100) is None


def test_an_entry_is_used_under_its_blob_id_and_size_limit_only(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path)
    workspace.ensure()
    workspace.blob_hashes.write_bytes(msgpack.packb([_KEY, {"abc": ["d", 10]}]))
    blobs = BlobHashes(tmp_path)
    assert (blobs.get("abd", 100), blobs.get("abc", 9), blobs.get("abc", 10)) == (None, None, "d")

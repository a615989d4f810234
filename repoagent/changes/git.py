"""Every git call repoagent makes.

Two layers, one module, both plain ``git`` commands: snapshots of the index and of
commits and the files a range changed (``ls-files --stage``, ``ls-tree``,
``cat-file``; gitpython cost 0.1 s of CPU just to import, most of a one-edit hook
run's start-up); and the commands of the hook installer, the GitHub Action and the
staged-pages check, run with the environment of a hook cleaned the way pre-commit does.

Snapshot file bytes come from the working tree whenever they are identical to the
blob (same git blob id), which spares a ``git cat-file`` round trip for the files a
commit did not touch; otherwise they come from the object database.

Git runs hooks with ``GIT_DIR``, ``GIT_PREFIX``, ``GIT_CONFIG_PARAMETERS`` and more
set; a git call made from inside a hook inherits them and may act on the wrong
repository. :func:`clean_environment` drops them the way pre-commit's
``no_git_env`` does, keeping only the variables that carry transport settings;
:func:`hook_environment` also keeps ``GIT_INDEX_FILE``, the index a commit is built
from. This is the one place the hook's environment is cleaned.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from pathlib import Path

from repoagent.errors import UsageError
from repoagent.hashing import sha1

_KEPT = {
    "GIT_EXEC_PATH",
    "GIT_SSH",
    "GIT_SSH_COMMAND",
    "GIT_SSL_CAINFO",
    "GIT_SSL_NO_VERIFY",
    "GIT_CONFIG_COUNT",
    "GIT_HTTP_PROXY_AUTHMETHOD",
    "GIT_ALLOW_PROTOCOL",
    "GIT_ASKPASS",
}


# A repository's own .git/config (one that came with a downloaded tree) can name a
# program git runs on the side: core.fsmonitor runs on every command that reads the
# index (status, ls-files, diff). repoagent never needs it, so it is off for every
# call; the other such settings (diff drivers, filters, pagers) run only for
# commands repoagent does not make or with flags it does not pass.
_SAFE = ("-c", "core.fsmonitor=false")


def clean_environment(environment: Mapping[str, str] | None = None) -> dict[str, str]:
    """``environment`` (default: this process's) without the ``GIT_*`` variables of a hook."""
    source = os.environ if environment is None else environment
    return {
        key: value
        for key, value in source.items()
        if not key.startswith("GIT_")
        or key in _KEPT
        or key.startswith(("GIT_CONFIG_KEY_", "GIT_CONFIG_VALUE_"))
    }


def hook_environment(default_index: Path | None = None) -> dict[str, str]:
    """:func:`clean_environment` for a pre-commit hook: ``GIT_INDEX_FILE`` stays, made
    absolute. Under ``git commit -a`` or ``git commit PATHS`` it names the temporary
    index the commit is built from, which is exactly what "staged" means there. When
    it names ``default_index`` (a plain ``git commit`` sets it to ``.git/index``) it
    goes too, so the run reads the usual index and may trust the current-stamp.
    """
    environment = clean_environment()
    index = os.environ.get("GIT_INDEX_FILE")
    if index:
        index = os.path.abspath(index)
        if default_index is None or Path(index).resolve() != default_index.resolve():
            environment["GIT_INDEX_FILE"] = index
    return environment


def run_git_in_hook(
    root: Path, *args: str, stdin: bytes | None = None, allowed: tuple[int, ...] | None = (0,)
) -> subprocess.CompletedProcess[bytes]:
    """Run ``git ARGS`` for the pre-commit hook in ``root`` with :func:`hook_environment`;
    output captured as bytes.

    Each call starts a session of its own: a Ctrl-C or a hang-up meant for the commit
    reaches the hook, which finishes setting work aside or bringing it back, instead
    of stopping a ``git checkout`` or ``git apply`` halfway. An exit code outside
    ``allowed`` (``None``: any) is a :class:`UsageError` carrying git's message.
    """
    result = subprocess.run(
        ["git", *_SAFE, *args], cwd=root, env=hook_environment(), input=stdin, capture_output=True, start_new_session=True
    )
    if allowed is not None and result.returncode not in allowed:
        message = result.stderr.decode(errors="replace").strip().splitlines()
        reason = message[-1] if message else f"exit code {result.returncode}"
        raise UsageError(f"git {' '.join(args)} failed in {root}: {reason}")
    return result


def index_listing(root: Path) -> bytes | None:
    """``git ls-files --stage -z`` of ``root`` (paths relative to it), in the index a
    hook's run reads (:func:`hook_environment`); ``None`` outside git. A ``--staged``
    run reads it once: the stamp's key and the snapshot are made from the same bytes,
    so they describe the same index (and a run spawns one git for it, not three)."""
    result = run_git_in_hook(root, "ls-files", "--stage", "-z", allowed=None)
    return result.stdout if result.returncode == 0 else None


def run_git(root: Path, *args: str) -> str:
    """Run ``git ARGS`` in ``root``; stdout without its trailing newline.

    A failure is the user's to fix (not a repository, unknown ref, no permission),
    so it becomes a :class:`UsageError` carrying git's own message.
    """
    result = subprocess.run(
        ["git", *_SAFE, *args], cwd=root, env=clean_environment(), capture_output=True, text=True
    )
    if result.returncode != 0:
        message = result.stderr.strip().splitlines()
        reason = message[-1] if message else f"exit code {result.returncode}"
        raise UsageError(f"git {' '.join(args)} failed in {root}: {reason}")
    return result.stdout.rstrip("\n")


def succeeds(root: Path, *args: str) -> bool:
    """Whether ``git ARGS`` exits 0 in ``root`` (for questions such as "is this sha here?")."""
    result = subprocess.run(
        ["git", *_SAFE, *args], cwd=root, env=clean_environment(), capture_output=True, text=True
    )
    return result.returncode == 0


def tracks(root: Path, path: str) -> bool:
    """Whether git's index holds ``path`` (relative to ``root``) or anything under it;
    false outside a repository."""
    result = subprocess.run(
        ["git", *_SAFE, "ls-files", "--cached", "-z", "--", path], cwd=root, env=clean_environment(), capture_output=True
    )
    return result.returncode == 0 and bool(result.stdout)


def unstaged(root: Path, folder: Path) -> list[str]:
    """Files under ``folder`` whose working copy is not what the commit will carry:
    modified or deleted since staged, or untracked.

    ``GIT_INDEX_FILE`` is kept: under ``git commit -a`` it names the index the commit
    is built from, and that is the one to compare with.
    """
    result = subprocess.run(
        ["git", *_SAFE, "status", "--porcelain=v1", "--untracked-files=all", "--no-renames", "--", str(folder)],
        cwd=root, env=hook_environment(), capture_output=True, text=True,
    )
    if result.returncode != 0:
        return []  # not a repository: nothing can be staged, nothing to ask for
    return [line[3:] for line in result.stdout.splitlines() if line.startswith("??") or line[1:2] not in (" ", "")]


SUBMODULE_MODE = 0o160000
SYMLINK_MODE = 0o120000


class GitRepository:
    """The git repository holding ``root`` (which may be a folder inside it), asked
    through plain ``git`` commands run at its top with :func:`clean_environment`."""

    def __init__(self, root: Path) -> None:
        try:
            result = subprocess.run(
                ["git", *_SAFE, "rev-parse", "--is-bare-repository", "--show-toplevel"],
                cwd=root, env=clean_environment(), capture_output=True, text=True,
            )
        except OSError as error:  # root is not a folder
            raise UsageError(f"{root} is not inside a git repository; drop --staged/--base or run git init") from error
        answers = result.stdout.splitlines()
        if answers[:1] == ["true"]:
            raise UsageError(f"{root} is a bare git repository; run repoagent in a checkout")
        if result.returncode != 0 or len(answers) != 2:
            raise UsageError(f"{root} is not inside a git repository; drop --staged/--base or run git init")
        self.top = Path(answers[1]).resolve()
        relative = root.resolve().relative_to(self.top).as_posix()
        self.prefix = "" if relative == "." else relative + "/"

    def _git(self, *args: str, environment: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
        """``git ARGS`` at the top of the repository; output captured as bytes."""
        return subprocess.run(
            ["git", *_SAFE, *args], cwd=self.top, env=environment or clean_environment(), capture_output=True
        )

    @property
    def shallow(self) -> bool:
        return self._git("rev-parse", "--is-shallow-repository").stdout.strip() == b"true"

    def commit(self, ref: str) -> str:
        """The sha of the commit ``ref`` names, or a one-line :class:`UsageError` saying how to get it."""
        result = self._git("rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}")
        if result.returncode == 0:
            return result.stdout.decode().strip()
        if ref == "HEAD" and self._git("rev-parse", "--verify", "--quiet", "HEAD").returncode != 0:
            raise UsageError("the repository has no commits yet; use --staged or the working tree")
        named = "" if any(sign in ref for sign in "~^:@") else f" or `git fetch origin {ref}`"
        hint = (
            f"this is a shallow clone: fetch more history with `git fetch --deepen=50`{named}"
            if self.shallow
            else "check the name with `git rev-parse`"
        )
        raise UsageError(f"{ref}: not a commit in this repository; {hint}")

    def changed_paths(self, base: str, head: str) -> set[str]:
        """Paths (relative to ``root``) that differ between the merge base of ``base``
        and ``head``, and ``head``: what a pull request from head into base changes."""
        base_commit, head_commit = self.commit(base), self.commit(head)
        merge_base = self._git("merge-base", base_commit, head_commit)
        if merge_base.returncode != 0:
            if self.shallow:
                raise UsageError(
                    f"{base} and {head} share no history in this shallow clone; "
                    "fetch more with `git fetch --deepen=200` (or `--unshallow`)"
                )
            raise UsageError(f"{base} and {head} share no history; compare related commits")
        start = merge_base.stdout.decode().split()[0]
        names = self._git("diff", "--name-only", "-z", "--no-renames", start, head_commit).stdout.decode()
        return {self._relative(name) for name in names.split("\0") if name and name.startswith(self.prefix)}

    def index_snapshot(self, exclude: tuple[str, ...], listing: bytes | None) -> GitSnapshot:
        """The staged files: what the next commit will contain, from ``listing`` (the
        :func:`index_listing` of the folder the repository was opened at; ``None``:
        git could not list the index)."""
        if listing is None:
            raise UsageError(f"git ls-files --stage failed in {self.top}: the index cannot be read")
        entries: dict[str, tuple[str, int]] = {}
        unmerged: set[str] = set()
        for (mode, sha, stage), path in self._lines(listing):
            path = self.prefix + path  # listed from the folder: relative to it
            if stage != "0":
                unmerged.add(path)
            else:
                entries[path] = (sha, int(mode, 8))
        snapshot = GitSnapshot(self, entries, exclude)
        snapshot.skipped.update((self._relative(p), "unmerged") for p in sorted(unmerged) if p.startswith(self.prefix))
        return snapshot

    def commit_snapshot(self, ref: str, exclude: tuple[str, ...]) -> GitSnapshot:
        """The files of commit ``ref`` (blobs and submodules; ``ls-tree -r`` lists no trees)."""
        listing = self._listing(self._git("ls-tree", "-r", "-z", "--full-tree", self.commit(ref)))
        return GitSnapshot(self, {path: (sha, int(mode, 8)) for (mode, _, sha), path in listing}, exclude)

    def blob(self, sha: str) -> bytes:
        """The bytes of blob ``sha`` from the object database."""
        result = self._git("cat-file", "blob", sha)
        if result.returncode != 0:
            raise UsageError(f"git cat-file blob {sha} failed in {self.top}: {result.stderr.decode(errors='replace').strip()}")
        return result.stdout

    @staticmethod
    def _listing(result: subprocess.CompletedProcess[bytes]) -> list[tuple[list[str], str]]:
        """The ``-z`` lines of ``ls-tree`` (``FIELDS\tpath``), split."""
        if result.returncode != 0:
            raise UsageError(f"git failed: {result.stderr.decode(errors='replace').strip()}")
        return GitRepository._lines(result.stdout)

    @staticmethod
    def _lines(output: bytes) -> list[tuple[list[str], str]]:
        """The ``-z`` lines of ``ls-files --stage`` or ``ls-tree`` (``FIELDS\tpath``), split."""
        lines = []
        for line in output.decode("utf-8", errors="surrogateescape").split("\0"):
            if line:
                fields, _, path = line.partition("\t")
                lines.append((fields.split(" "), path))
        return lines

    def _relative(self, path: str) -> str:
        return path[len(self.prefix) :]


class GitSnapshot:
    """A :class:`~repoagent.sources.Snapshot` over git blobs (index entries or a tree).

    Submodules are skipped (they are other repositories); symlinks too, since their
    blob is a path, not code.
    """

    def __init__(self, repository: GitRepository, entries: dict[str, tuple[str, int]], exclude: tuple[str, ...]) -> None:
        from repoagent.parsing.registry import language_name
        from repoagent.sources import excluded
        from repoagent.workspace import SKIPPED_FOLDERS

        self._repository = repository
        self._blobs: dict[str, str] = {}
        self.skipped: dict[str, str] = {}
        candidates: dict[str, tuple[str, int]] = {}
        for full, (sha, mode) in sorted(entries.items()):
            if not full.startswith(repository.prefix):
                continue
            path = repository._relative(full)
            # git lists paths "/"-separated, no empty or "." parts: split as strings, no path object per file
            if mode == SUBMODULE_MODE or any(part in SKIPPED_FOLDERS for part in path.split("/")[:-1]):
                continue
            if language_name(path) is not None:
                candidates[path] = (sha, mode)
        left_out = excluded(repository.top / repository.prefix, list(candidates), exclude)
        for path, (sha, mode) in candidates.items():
            if path in left_out:
                continue
            if mode == SYMLINK_MODE:
                self.skipped[path] = "a symlink"
                continue
            self._blobs[path] = sha

    def paths(self) -> list[str]:
        return list(self._blobs)

    def blob_id(self, path: str) -> str:
        return self._blobs[path]

    def read(self, path: str) -> bytes:
        sha = self._blobs[path]
        on_disk = self._repository.top / (self._repository.prefix + path)
        try:
            data = on_disk.read_bytes()
        except OSError:
            data = None
        if data is not None and _blob_id(data) == sha:
            return data
        return self._repository.blob(sha)


def _blob_id(data: bytes) -> str:
    """The id git gives ``data`` as a blob (hex; a SHA-256 repository's never match,
    and its blobs are read from the object database)."""
    return sha1(b"blob %d\0" % len(data) + data).hexdigest()

"""The user's unstaged work, set aside while the hook runs and brought back, even
after the hook was killed.

repoagent must document the files as the commit will carry them, so the hook does
what pre-commit's ``staged_files_only`` does:

1. Intent-to-add files (``git add -N``) leave the index (``git rm --cached``),
   their names saved first. Their working copies are untouched; left in, the
   checkout below would empty them and no patch could bring them back.
2. The rest of the unstaged work is saved as a binary patch (``git diff``, the
   index against the working tree, submodules left alone) and the working tree is
   checked out from the index.
3. After the run the patch is applied back. If pages repoagent rewrote collide
   with it, the rewrite is rolled back and the patch applied again: the user's
   work wins. Then the intent-to-add files return to the index.

The files live in the worktree's git folder, ``repoagent-hook/`` (that is
``.git/repoagent-hook/`` in a plain clone), out of reach of ``git clean`` and of
the pages: ``unstaged.patch``, ``intent-to-add`` (NUL-separated paths) and
``lock``, held by the live hook run. A run that was killed (SIGKILL, a crash, a
power cut) leaves them behind: the next hook run or ``repoagent docs`` finds them
with the lock free and brings them back (:func:`recover`), or, when the patch no
longer applies, stops with one line naming it and the command that applies it.
"""

from __future__ import annotations

import fcntl
import os
import shlex
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from repoagent.changes.git import hook_environment, run_git_in_hook
from repoagent.errors import UsageError
from repoagent.fileio import write_atomically

#: The hook's folder inside the worktree's git folder.
FOLDER = "repoagent-hook"

# A post-checkout hook of the user's must not run for the hook's own checkouts.
_CHECKOUT = ("-c", "core.hooksPath=/dev/null", "-c", "submodule.recurse=0", "checkout", "--", ".")


@dataclass(frozen=True)
class Place:
    """One worktree: its top folder, the hook's folder in its git folder, its index."""

    top: Path
    folder: Path
    index: Path

    @classmethod
    def find(cls, start: Path) -> Place | None:
        """The worktree holding ``start``; ``None`` outside one (no repository, a bare one).

        ``index`` is the worktree's own index, in its git folder: not ``--git-path
        index``, which names ``GIT_INDEX_FILE`` when set, as it is for the hook of
        ``git commit -a`` or ``git commit PATHS`` (the temporary index the commit is
        built from, which the hook must then keep reading)."""
        result = run_git_in_hook(
            start, "rev-parse", "--show-toplevel", "--git-path", FOLDER, "--absolute-git-dir", allowed=None
        )
        lines = os.fsdecode(result.stdout).splitlines()
        if result.returncode != 0 or len(lines) != 3:
            return None
        return cls(Path(lines[0]), (start / lines[1]).resolve(), (Path(lines[2]) / "index").resolve())

    def chosen_paths_commit(self, environment: dict[str, str]) -> bool:
        """Whether the hook runs for ``git commit PATHS``: its ``GIT_INDEX_FILE`` is a
        temporary index (HEAD and PATHS) rather than the worktree's index or its lock
        (``git commit -a``). git gives the real index only PATHS afterwards, so pages
        staged into the temporary one would be committed while the real index kept
        the old pages, and the next commit would revert them."""
        index = environment.get("GIT_INDEX_FILE")
        return index is not None and Path(index).resolve() not in {self.index, self.index.with_name("index.lock")}

    @property
    def patch(self) -> Path:
        return self.folder / "unstaged.patch"

    @property
    def intent_to_add(self) -> Path:
        return self.folder / "intent-to-add"

    def left_over(self) -> bool:
        """Whether set-aside work is waiting here (a live run's, or a killed one's)."""
        return self.patch.exists() or self.intent_to_add.exists()

    def git(self, *args: str, allowed: tuple[int, ...] = (0,)) -> bytes:
        """``git ARGS`` at the top of the worktree; its stdout."""
        return run_git_in_hook(self.top, *args, allowed=allowed).stdout

    def succeeds(self, *args: str) -> bool:
        """Whether ``git ARGS`` exits 0 (for ``--quiet`` and ``--check`` questions)."""
        return run_git_in_hook(self.top, *args, allowed=None).returncode == 0

    def paths(self, *args: str) -> list[str]:
        """The paths a ``-z`` listing (``git ARGS``) prints, pathspecs taken literally."""
        output = self.git("--literal-pathspecs", *args)
        return [os.fsdecode(name) for name in output.split(b"\0") if name]

    def on_paths(self, *args: str, paths: Iterable[str]) -> None:
        """``git ARGS`` on ``paths``, given through stdin (no quoting, no length limit)
        and taken literally (a ``*`` in a file name is no wildcard)."""
        names = b"\0".join(os.fsencode(name) for name in paths)
        run_git_in_hook(
            self.top, "--literal-pathspecs", *args, "--pathspec-from-file=-", "--pathspec-file-nul", stdin=names
        )


@contextmanager
def claimed(place: Place) -> Iterator[bool]:
    """Hold the lock of ``place``'s hook folder while the body runs; yields ``False``
    (and holds nothing) when a live hook run holds it. The lock is the kernel's, so
    a killed run never leaves it held."""
    place.folder.mkdir(parents=True, exist_ok=True)
    handle = os.open(place.folder / "lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            ours = True
        except BlockingIOError:
            ours = False
        yield ours
    finally:
        os.close(handle)  # closing the descriptor releases the lock


def set_aside(place: Place) -> frozenset[str]:
    """Take intent-to-add entries out of the index and unstaged changes out of the
    working tree, saving both first (see the module docstring); the paths the
    unstaged changes touch."""
    intent = place.paths("diff", "--no-ext-diff", "--ignore-submodules", "--diff-filter=A", "--name-only", "-z")
    if intent:
        write_atomically(place.intent_to_add, os.fsencode("\0".join(intent)))
        place.on_paths("rm", "--cached", "-q", paths=intent)
    patch = place.git(
        "diff", "--ignore-submodules", "--binary", "--exit-code", "--no-color", "--no-ext-diff", allowed=(0, 1)
    )
    if not patch.strip():
        return frozenset()
    unstaged = place.paths("diff", "--name-only", "-z", "--no-ext-diff", "--no-renames", "--ignore-submodules")
    write_atomically(place.patch, patch)
    place.git(*_CHECKOUT)
    return frozenset(unstaged)


def bring_back(place: Place) -> bool:
    """Apply the saved patch and restore the intent-to-add entries after a run; when
    rewritten pages collide with the patch, roll the rewrite back first. Returns
    whether it had to. A patch that cannot be applied even then stays, named."""
    collided = False
    if place.patch.exists() and not _apply(place):
        collided = True
        place.git(*_CHECKOUT)
        if not _apply(place):
            raise UsageError(_cannot_apply(place))
    _restore_intent_to_add(place)
    return collided


def recover(place: Place) -> str | None:
    """Bring back what a killed hook run set aside (the caller holds :func:`claimed`);
    one line saying so, or ``None`` when nothing was left. Nothing is rolled back
    here: the working tree may hold new work since. A patch that does not apply
    stops the run with one line naming it and the command that applies it."""
    if not place.left_over():
        return None
    _restore_intent_to_add(place)
    if place.patch.exists() and not _apply(place):
        if not _applied_already(place):
            raise UsageError(_cannot_apply(place))
        place.patch.unlink()
    return f"restored the unstaged work an interrupted hook run had set aside ({place.patch})"


def recover_for_command(start: Path) -> str | None:
    """:func:`recover` for a command that writes (``repoagent docs``) in the worktree
    holding ``start``, unless a live hook run owns the files there (it runs that very
    command). A patch that no longer applies becomes a warning: the command itself
    can go on. The line to show, or ``None``."""
    place = Place.find(start)
    if place is None or not place.left_over():
        return None
    with claimed(place) as ours:
        if not ours:
            return None
        try:
            return recover(place)
        except UsageError as error:
            return f"warning: {error}"


def _apply(place: Place) -> bool:
    """Apply the patch to the working tree and delete it; whether that worked. git
    applies all of it or nothing."""
    for extra in ((), ("-c", "core.autocrlf=false")):  # pre-commit's retry, for CRLF files
        result = run_git_in_hook(place.top, *extra, "apply", "--whitespace=nowarn", str(place.patch), allowed=None)
        if result.returncode == 0:
            place.patch.unlink()
            return True
    return False


def _applied_already(place: Place) -> bool:
    """Whether the working tree already holds the patch (a run killed after applying it)."""
    result = run_git_in_hook(place.top, "apply", "--reverse", "--check", str(place.patch), allowed=None)
    return result.returncode == 0


def _restore_intent_to_add(place: Place) -> None:
    if not place.intent_to_add.exists():
        return
    index = hook_environment().get("GIT_INDEX_FILE")
    if index and not Path(index).exists():
        return  # git removed the temporary index of an interrupted `commit -a`; the next run restores them
    saved = os.fsdecode(place.intent_to_add.read_bytes()).split("\0")
    names = [name for name in saved if name and os.path.lexists(place.top / name)]
    if names:
        place.on_paths("add", "--force", "--intent-to-add", paths=names)
    place.intent_to_add.unlink()


def _cannot_apply(place: Place) -> str:
    patch = shlex.quote(str(place.patch))
    return (
        f"your unstaged work from an interrupted hook run is saved in {patch} and no longer applies to the "
        f"working tree; apply what applies with `git apply --reject {patch}` (the rest goes to .rej files), "
        f"then delete {patch}"
    )

"""One run of the plain git pre-commit hook, from its start to its exit code.

In order: a hook that was there before repoagent's (``pre-commit.legacy``) runs
first, with git's environment untouched, and its verdict counts;
``REPOAGENT_SKIP=1`` skips the rest; work a killed run left set aside is brought
back; nothing staged means nothing can go stale; otherwise the unstaged work is set
aside (:mod:`~repoagent.githook.aside`), ``repoagent docs --staged`` runs
(:mod:`~repoagent.githook.child`) and the work comes back. When pages were
rewritten the commit stops (exit 1) so they can be reviewed and added, the
convention formatters follow; with ``stage`` the hook stages them itself: only the
pages repoagent wrote under the ``out`` folder (never a submodule, never a file of
the user's, never a page that also holds unstaged edits), except in a commit of
chosen paths (``git commit PATHS``), whose temporary index git does not carry over.
"""

from __future__ import annotations

import enum
import os
import signal
import subprocess
from pathlib import Path

from repoagent.changes.git import hook_environment, index_listing, unstaged
from repoagent.config import Settings, load_settings
from repoagent.errors import UsageError
from repoagent.githook.aside import Place, bring_back, claimed, recover, set_aside
from repoagent.githook.child import Interrupted, Signals, run_docs
from repoagent.terminal import say
from repoagent.workspace import Workspace

#: The hook a ``--force`` install kept; it runs first.
LEGACY_NAME = "pre-commit.legacy"


class After(enum.Enum):
    """What the hook does with the pages a run rewrote."""

    STAGE = "stage"  # stage them: the commit carries them (the hook's ``stage`` option)
    ASK = "ask"  # stop the commit and ask the user to review and add them
    #: stop the commit of chosen paths (``git commit PATHS``): git builds it from a
    #: temporary index that does not carry what the hook stages, so the user adds
    #: the pages to the paths
    ADD_TO_PATHS = "add-to-paths"


def run_hook(hook_dir: Path | None, stage: bool, arguments: tuple[str, ...]) -> int:
    """Run the hook in the current worktree; its exit code (0 lets the commit through)."""
    legacy = hook_dir / LEGACY_NAME if hook_dir else None
    if legacy is not None and os.access(legacy, os.X_OK):
        verdict = subprocess.run([str(legacy), *arguments]).returncode
        if verdict != 0:
            return verdict
    if os.environ.get("REPOAGENT_SKIP", "0") == "1":
        return 0
    place = Place.find(Path.cwd())
    if place is None:
        raise UsageError("the pre-commit hook runs in a git worktree; run it from one (git runs it at the top)")
    with claimed(place) as ours:
        if not ours:
            raise UsageError(f"another repoagent hook run is working in {place.top}; let it end, then commit again")
        # From here on every git call, the stamp and the child see the index the
        # commit is built from, and no other GIT_* variable of git's.
        environment = hook_environment(default_index=place.index)
        os.environ.clear()
        os.environ.update(environment)
        settings = load_settings(place.top)
        if place.left_over():
            with Workspace(place.top).locked(settings.lock_wait):  # an orphaned run may still be writing
                _say(recover(place))
        if place.succeeds("diff", "--cached", "--quiet", "--no-ext-diff"):
            return 0  # nothing staged: no code changed, no docs can go stale
        if _vouched_current(place.top, settings):
            return 0
        after = After.STAGE if stage else After.ASK
        if place.chosen_paths_commit(environment):
            after = After.ADD_TO_PATHS
        return _document_staged(place, Path(os.path.normpath(settings.out)).as_posix(), after)


def _vouched_current(top: Path, settings: Settings) -> bool:
    """Whether the stamp of an earlier run vouches for the staged docs and every page
    is staged: ``docs --staged`` would write nothing and pass, so the commonest commit
    costs neither setting work aside nor a second Python."""
    from repoagent.changes import stamp

    key = stamp.staged_key(top, settings, index_listing(top))
    return key is not None and key.vouched is not None and not unstaged(top, top / settings.out)


def _document_staged(place: Place, out: str, after: After) -> int:
    """Set the unstaged work aside, run ``docs --staged``, bring the work back, and
    do with the rewritten pages what ``after`` says."""
    with Signals() as signals:
        unstaged = set_aside(place)
        status, written = 0, []
        try:
            before = set(_untracked(place, out))
            status = run_docs(place.top, signals)
            written = _written(place, out, before)
        except Interrupted:
            pass  # the signal is in signals.received; the work comes back first
        finally:
            collided = bring_back(place)
        if signals.received is not None:
            name = signal.Signals(signals.received).name
            _say(f"interrupted ({name}); your unstaged work is back in place")
            return 128 + signals.received
    if collided:
        _say("rewritten pages collided with your unstaged edits; the rewrite was rolled back and your edits kept")
        return 1
    if status > 1 or not written:
        return status
    if after is After.ADD_TO_PATHS:
        _say(f"rewrote {len(written)} page(s); review them and commit them with your paths: git commit PATHS {out}")
        return 1
    if after is After.ASK:
        _say(f"rewrote {len(written)} page(s); review them, git add them and commit again")
        return 1
    return _stage(place, written, unstaged)


def _stage(place: Place, written: list[str], unstaged: frozenset[str]) -> int:
    """Stage the pages repoagent wrote, except those that hold unstaged edits too:
    staging them would commit work the user did not mean to commit."""
    ready = [path for path in written if path not in unstaged]
    held = [path for path in written if path in unstaged]
    if ready:
        place.on_paths("add", "--all", paths=ready)
        _say(f"staged {len(ready)} rewritten page(s); the commit carries them")
    if held:
        _say("rewritten but not staged, as they hold unstaged edits of yours; review and git add them:")
        for path in held:
            _say(f"  {path}", prefix=False)
        return 1
    return 0


def _untracked(place: Place, out: str) -> list[str]:
    return place.paths("ls-files", "-z", "--others", "--exclude-standard", "--", out)


def _written(place: Place, out: str, untracked_before: set[str]) -> list[str]:
    """The pages the run wrote, created or removed: with the unstaged work set aside,
    every difference from the index under ``out`` is one (submodules excluded),
    and so is every file there that was not there before."""
    changed = place.paths("diff", "--name-only", "-z", "--no-ext-diff", "--no-renames", "--ignore-submodules", "--", out)
    created = [path for path in _untracked(place, out) if path not in untracked_before]
    return sorted(set(changed) | set(created))


def _say(line: str | None, *, prefix: bool = True) -> None:
    """One line on stderr; a terminal that hung up (SIGHUP) must not stop the hook."""
    if line is None:
        return
    try:
        say(f"repoagent: {line}" if prefix else line, err=True)
    except OSError:
        pass

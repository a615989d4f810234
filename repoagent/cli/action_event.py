"""What a GitHub Actions run is about: the two commits and the branch, from its event.

GitHub writes the triggering event as JSON to ``GITHUB_EVENT_PATH``. For a pull
request the range is the PR's base commit to its head commit, and the head
commit, not the merge commit ``actions/checkout`` checks out by default, is
what the docs must match, since that is what the PR branch contains. For a push
the range is ``before`` to ``after``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from repoagent.errors import UsageError

_NO_COMMIT = "0" * 40
_PULL_REQUEST_EVENTS = ("pull_request", "pull_request_target")
_SHA = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")


@dataclass(frozen=True)
class Range:
    """The commits to compare and where refreshed pages may be pushed."""

    base: str
    head: str
    branch: str
    number: int | None = None
    from_fork: bool = False


def read_event(path: Path) -> Range:
    """The range described by the event file at ``path``.

    The file is GitHub's, but its values come from the pull request (a branch is
    named by its author) and a workflow may hand repoagent any file: whatever is
    not of the shape GitHub documents (a list, a ``sha`` that is a number or not
    hexadecimal, JSON nested past Python's recursion limit, bytes that are not
    UTF-8) is one :class:`UsageError`, never a traceback; and a ``sha`` or branch
    can never reach git as an option (``--upload-pack=...``).
    """
    try:
        event = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise UsageError(f"{path}: no event file; this runs inside GitHub Actions (GITHUB_EVENT_PATH)") from error
    except (OSError, ValueError, RecursionError) as error:  # ValueError: not JSON, not UTF-8
        raise UsageError(f"{path}: unreadable event file ({type(error).__name__})") from error
    if not isinstance(event, dict):
        raise UsageError(f"{path}: the event file holds no JSON object; is GITHUB_EVENT_PATH GitHub's event?")
    if isinstance(event.get("pull_request"), dict):
        return _from_pull_request(event["pull_request"])
    if "before" in event and "after" in event and str(event.get("ref", "")).startswith("refs/heads/"):
        return _from_push(event)
    raise UsageError(
        f"{path}: not a pull_request or push event; run the action on: {', '.join(_PULL_REQUEST_EVENTS)} or push"
    )


def _from_pull_request(pull: dict) -> Range:
    base, head = _object(pull, "base"), _object(pull, "head")
    base_repo = _object(base, "repo", required=False).get("full_name")
    head_repo = _object(head, "repo", required=False).get("full_name")
    number = pull.get("number")
    return Range(
        base=_sha(base, "base.sha"),
        head=_sha(head, "head.sha"),
        branch=_branch(head.get("ref"), "head.ref"),
        number=number if isinstance(number, int) and not isinstance(number, bool) else None,
        from_fork=base_repo is not None and head_repo != base_repo,
    )


def _from_push(event: dict) -> Range:
    if event["before"] == _NO_COMMIT:
        raise UsageError("push of a new branch has no previous commit to compare with; run on pull_request instead")
    return Range(base=_sha(event, "before"), head=_sha(event, "after"),
                 branch=_branch(str(event["ref"]).removeprefix("refs/heads/"), "ref"))


def _object(parent: dict, key: str, required: bool = True) -> dict:
    value = parent.get(key)
    if isinstance(value, dict):
        return value
    if value is None and not required:
        return {}
    raise UsageError(f"pull_request event: {key} is not an object; is the event file complete?")


def _sha(parent: dict, name: str) -> str:
    """A commit id (40 or 64 hexadecimal digits) at ``name``'s last part."""
    value = parent.get(name.rsplit(".", 1)[-1])
    if not isinstance(value, str) or not _SHA.fullmatch(value):
        raise UsageError(f"event: {name} is not a commit id (40 or 64 hexadecimal digits); is the event file complete?")
    return value


def _branch(value: object, name: str) -> str:
    """A branch name git could hold: text, no control character, not an option."""
    if not isinstance(value, str) or not value or value.startswith("-") or any(ord(c) < 32 or c == "\x7f" for c in value):
        raise UsageError(f"event: {name} is not a branch name; is the event file complete?")
    return value

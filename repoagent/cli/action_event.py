"""What a GitHub Actions run is about: the two commits and the branch, from its event.

GitHub writes the triggering event as JSON to ``GITHUB_EVENT_PATH``. For a pull
request the range is the PR's base commit to its head commit, and the head
commit, not the merge commit ``actions/checkout`` checks out by default, is
what the docs must match, since that is what the PR branch contains. For a push
the range is ``before`` to ``after``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from repoagent.errors import UsageError

_NO_COMMIT = "0" * 40
_PULL_REQUEST_EVENTS = ("pull_request", "pull_request_target")


@dataclass(frozen=True)
class Range:
    """The commits to compare and where refreshed pages may be pushed."""

    base: str
    head: str
    branch: str
    number: int | None = None
    from_fork: bool = False

    @property
    def title(self) -> str:
        """How the report names what was compared."""
        what = f"pull request #{self.number}" if self.number is not None else f"branch `{self.branch}`"
        return f"`{self.base[:7]}`…`{self.head[:7]}` ({what})"


def read_event(path: Path) -> Range:
    """The range described by the event file at ``path``."""
    try:
        event = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise UsageError(f"{path}: no event file; this runs inside GitHub Actions (GITHUB_EVENT_PATH)") from error
    except (OSError, json.JSONDecodeError) as error:
        raise UsageError(f"{path}: unreadable event file ({error})") from error
    if isinstance(event.get("pull_request"), dict):
        return _from_pull_request(event["pull_request"])
    if "before" in event and "after" in event and str(event.get("ref", "")).startswith("refs/heads/"):
        return _from_push(event)
    raise UsageError(
        f"{path}: not a pull_request or push event; run the action on: {', '.join(_PULL_REQUEST_EVENTS)} or push"
    )


def _from_pull_request(pull: dict) -> Range:
    try:
        base, head = pull["base"], pull["head"]
        base_repo = (base.get("repo") or {}).get("full_name")
        head_repo = (head.get("repo") or {}).get("full_name")
        return Range(
            base=base["sha"],
            head=head["sha"],
            branch=head["ref"],
            number=pull.get("number"),
            from_fork=base_repo is not None and head_repo != base_repo,
        )
    except (KeyError, TypeError) as error:
        raise UsageError(f"pull_request event lacks {error}; is the event file complete?") from error


def _from_push(event: dict) -> Range:
    if event["before"] == _NO_COMMIT:
        raise UsageError("push of a new branch has no previous commit to compare with; run on pull_request instead")
    return Range(base=event["before"], head=event["after"], branch=event["ref"].removeprefix("refs/heads/"))

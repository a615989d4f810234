"""Reading the range from GitHub event files, and the report's shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from repoagent.cli.action_event import Range, read_event
from repoagent.cli.action_report import MARKER, Outcome, StaleNode, render
from repoagent.errors import UsageError

A, B = "a" * 40, "b" * 40


def event_file(tmp_path: Path, event: dict) -> Path:
    path = tmp_path / "event.json"
    path.write_text(json.dumps(event))
    return path


def test_pull_request_from_a_fork(tmp_path: Path) -> None:
    pull = {"number": 3, "base": {"sha": A, "ref": "main", "repo": {"full_name": "o/r"}},
            "head": {"sha": B, "ref": "fix", "repo": {"full_name": "someone/r"}}}
    assert read_event(event_file(tmp_path, {"pull_request": pull})) == Range(A, B, "fix", 3, from_fork=True)


def test_push_event(tmp_path: Path) -> None:
    assert read_event(event_file(tmp_path, {"ref": "refs/heads/main", "before": A, "after": B})) == Range(A, B, "main")


@pytest.mark.parametrize("event", [{"schedule": "daily"}, {"ref": "refs/heads/new", "before": "0" * 40, "after": B}])
def test_events_without_a_range_are_usage_errors(tmp_path: Path, event: dict) -> None:
    with pytest.raises(UsageError):
        read_event(event_file(tmp_path, event))


HOSTILE_EVENTS = {
    "a list": "[]",
    "a string": '"x"',
    "nested past the recursion limit": "[" * 100_000 + "]" * 100_000,
    "base a string": json.dumps({"pull_request": {"base": "main", "head": {"sha": B, "ref": "f"}}}),
    "sha a number": json.dumps({"pull_request": {"base": {"sha": 5}, "head": {"sha": B, "ref": "f"}}}),
    "sha an option": json.dumps({"pull_request": {"base": {"sha": "--upload-pack=touch x"}, "head": {"sha": B, "ref": "f"}}}),
    "repo a number": json.dumps({"pull_request": {"base": {"sha": A, "repo": 7}, "head": {"sha": B, "ref": "f"}}}),
    "ref a list": json.dumps({"pull_request": {"base": {"sha": A}, "head": {"sha": B, "ref": [1]}}}),
    "ref an option": json.dumps({"pull_request": {"base": {"sha": A}, "head": {"sha": B, "ref": "--force"}}}),
    "push before a number": json.dumps({"before": 5, "after": B, "ref": "refs/heads/x"}),
}


@pytest.mark.parametrize("text", HOSTILE_EVENTS.values(), ids=HOSTILE_EVENTS.keys())
def test_a_hostile_event_file_is_one_usage_error(tmp_path: Path, text: str) -> None:
    # Each of these was a traceback (exit 3), and a sha starting with -- reached git fetch as an option.
    path = tmp_path / "event.json"
    path.write_text(text)
    with pytest.raises(UsageError):
        read_event(path)


def test_an_event_file_that_is_not_utf8_is_one_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "event.json"
    path.write_bytes(b"\xff\xfe{")
    with pytest.raises(UsageError, match="unreadable event file"):
        read_event(path)


def test_a_number_of_the_wrong_type_is_left_out(tmp_path: Path) -> None:
    pull = {"number": {"a": 1}, "base": {"sha": A}, "head": {"sha": B, "ref": "fix"}}
    assert read_event(event_file(tmp_path, {"pull_request": pull})) == Range(A, B, "fix")


def test_report_escapes_table_cells_and_starts_with_its_marker() -> None:
    outcome = Outcome("check", Range(A, B, "fix", 3), [StaleNode("m.f", "deps-changed | x")], ["docs/m.py.md"])
    text = render(outcome)
    assert text.startswith(MARKER + "\n## repoagent: docs of 1 object are stale")
    assert "| `m.f` | deps-changed \\| x |" in text and "- `docs/m.py.md`" in text


def _inline_kinds(markdown: str) -> set[str]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    return {child.type for token in tokens for child in (token.children or [])}


def test_names_from_the_pull_request_stay_code_in_the_report() -> None:
    # A file named x`<img src=x>`[a](https://e).py closed the report's code spans:
    # HTML and a link in the PR comment.
    hostile = "x`<img src=x>`[a](https://e)``"
    outcome = Outcome("check", Range(A, B, f"fix{hostile}"), [StaleNode(f"m.{hostile}.f", "new")],
                      [f"docs/repoagent/{hostile}.py.md"])
    report = render(outcome)
    kinds = _inline_kinds(report)
    assert "html_inline" not in kinds and "link_open" not in kinds
    assert report.count("<img src=x>") == 3

"""``repoagent action-report``: the logic of the GitHub Action (``action.yml``), hidden.

The composite action's steps stay one line each; this command does the work so it
can be run and tested outside GitHub:

1. read the range (base and head commit, branch) from the event file;
2. make both commits and their merge base present, deepening a shallow checkout
   step by step (50, then 500 commits, then the whole history);
3. put the workspace on the head commit, not GitHub's merge commit, since the
   pages must match what the PR branch holds;
4. ask ``repoagent status --json`` what is stale and why, then run
   ``repoagent docs --base … --head …`` (``--check`` in check mode);
5. write the Markdown report to ``--report``, append it to the job summary and set
   the step outputs ``stale``, ``pages-changed`` and ``report``;
6. ``update``: commit the refreshed pages and push them to the PR branch;
   ``check``: exit 1 when anything is stale; ``comment``: exit 0 (the next step
   posts the report).

repoagent itself runs in subprocesses, the way a user would run it, so the action
sees the real exit codes and messages.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import click

from repoagent import self_command
from repoagent.cli.group import cli
from repoagent.cli.action_event import Range, read_event
from repoagent.cli.action_report import Outcome, StaleNode, code_span, render
from repoagent.cli.common import repository
from repoagent.fileio import write_atomically
from repoagent.changes.git import clean_environment, run_git, succeeds
from repoagent.config import load_settings
from repoagent.errors import UsageError
from repoagent.pages.layout import page_of
from repoagent.terminal import say

MODES = ("check", "update", "comment")
DEEPENING = ("--depth=50", "--depth=500", "--unshallow")
BOT_NAME = "github-actions[bot]"
BOT_EMAIL = "41898282+github-actions[bot]@users.noreply.github.com"


@cli.command("action-report", hidden=True)
@click.argument("path", default=".")
@click.option("--mode", type=click.Choice(MODES), default="check", show_default=True)
@click.option("--event", "event_path", envvar="GITHUB_EVENT_PATH", required=True, type=click.Path(dir_okay=False))
@click.option("--report", "report_path", required=True, type=click.Path(dir_okay=False), help="Where to write the Markdown report.")
@click.option("--remote", default="origin", show_default=True, help="Remote to fetch from and push to.")
def action_report(path: str, mode: str, event_path: str, report_path: str, remote: str) -> int:
    """Run the GitHub Action's docs step on the repository at PATH."""
    root = repository(path)
    compared = read_event(Path(event_path))
    fetch_range(root, compared, remote)
    check_out_head(root, compared)
    out = load_settings(root).out.strip("/")
    stale = stale_nodes(root, compared, out)
    status = _repoagent(root, "docs", "--base", compared.base, "--head", compared.head, *(["--check"] if mode == "check" else []))
    if status not in (0, 1):
        return status  # repoagent printed why
    pages = changed_pages(root, out) if mode != "check" else sorted({node.page for node in stale if node.page})
    notes: list[str] = []
    failed = mode == "check" and status == 1  # docs --check is the judge; status gives the reasons
    if mode == "update" and pages:
        notes.append(push_pages(root, compared, out, remote))
        failed = compared.from_fork
    elif mode != "update" and stale:
        notes.append(f"To refresh them: `repoagent docs --base {compared.base[:12]}` on the branch, then commit {code_span(out + '/')}.")
    publish(Outcome(mode=mode, compared=compared, stale=stale, pages=pages, notes=notes), Path(report_path))
    return 1 if failed else 0


def fetch_range(root: Path, compared: Range, remote: str) -> None:
    """Make base, head and their merge base present, fetching only what is missing."""
    for depth in DEEPENING:
        if _have(root, compared.base) and _have(root, compared.head) and succeeds(root, "merge-base", compared.base, compared.head):
            return
        shallow = run_git(root, "rev-parse", "--is-shallow-repository") == "true"
        if depth == "--unshallow" and not shallow:
            depth = "--depth=2147483647"  # complete already; just get the missing commits
        say(f"repoagent: fetching {compared.base[:12]} and {compared.head[:12]} ({depth})", err=True)
        run_git(root, "fetch", "--no-tags", "--quiet", depth, remote, compared.base, compared.head)
    if not succeeds(root, "merge-base", compared.base, compared.head):
        raise UsageError(f"{compared.base[:12]} and {compared.head[:12]} share no history; is base the PR's base branch?")


def check_out_head(root: Path, compared: Range) -> None:
    """Detach the workspace at the head commit unless it is there already."""
    if run_git(root, "rev-parse", "HEAD") != compared.head:
        say(f"repoagent: checking out the head commit {compared.head[:12]}", err=True)
        run_git(root, "checkout", "--quiet", "--detach", compared.head)


def stale_nodes(root: Path, compared: Range, out: str) -> list[StaleNode]:
    """What ``repoagent status --json`` reports stale between base and head."""
    result = subprocess.run(
        self_command("status", "--base", compared.base, "--head", compared.head, "--json"),
        cwd=root,
        env=clean_environment(),
        stdout=subprocess.PIPE,
        text=True,
    )
    if result.returncode not in (0, 1):
        raise UsageError(f"repoagent status failed (exit {result.returncode}); see the messages above")
    return parse_status(result.stdout, out)


def parse_status(text: str, out: str) -> list[StaleNode]:
    """The stale nodes in ``repoagent status --json`` output, with their pages under ``out``."""
    return [
        StaleNode(id=entry["id"], reason=entry["reason"], page=f"{out}/{page_of(entry['path'])}")
        for entry in json.loads(text)["stale"]
    ]


def changed_pages(root: Path, out: str) -> list[str]:
    """Pages under ``out`` (a folder name, never a pathspec) that differ from the head
    commit (written, added or removed)."""
    listing = run_git(root, "--literal-pathspecs", "status", "--porcelain", "--untracked-files=all", "--no-renames", "-z", "--", out)
    return sorted(entry[3:] for entry in listing.split("\0") if entry)


def push_pages(root: Path, compared: Range, out: str, remote: str) -> str:
    """Commit the pages under ``out`` and push them to the PR branch; a note for the report."""
    if compared.from_fork:
        return f"The branch {code_span(compared.branch)} lives in a fork, which this workflow cannot push to; run `repoagent docs` there and push."
    # ``out`` is the repository's setting: a folder named ``:(top)`` is no pathspec magic
    # that would add every file of the workspace (credentials other steps wrote included).
    run_git(root, "--literal-pathspecs", "add", "--all", "--", out)
    run_git(root, "-c", f"user.name={BOT_NAME}", "-c", f"user.email={BOT_EMAIL}", "commit", "--quiet", "-m", "docs: refresh repoagent pages")
    sha = run_git(root, "rev-parse", "HEAD")
    run_git(root, "push", "--quiet", remote, f"HEAD:refs/heads/{compared.branch}")
    return f"Committed the refreshed pages to {code_span(compared.branch)} as {sha[:12]}."


def publish(outcome: Outcome, report_path: Path) -> None:
    """Write the report file, append it to the job summary, set the step outputs."""
    text = render(outcome)
    write_atomically(report_path, text)
    _append("GITHUB_STEP_SUMMARY", text)
    outputs = {"stale": len(outcome.stale), "pages-changed": len(outcome.pages), "report": report_path.resolve()}
    _append("GITHUB_OUTPUT", "".join(f"{name}={value}\n" for name, value in outputs.items()))
    say(text, lines=True, newline=False)


def _append(variable: str, text: str) -> None:
    """Append to the file GitHub names in ``variable``; outside Actions there is none."""
    target = os.environ.get(variable)
    if target:
        with open(target, "a", encoding="utf-8") as stream:
            stream.write(text)


def _have(root: Path, sha: str) -> bool:
    return succeeds(root, "cat-file", "-e", f"{sha}^{{commit}}")


def _repoagent(root: Path, *args: str) -> int:
    return subprocess.run(self_command(*args), cwd=root, env=clean_environment()).returncode

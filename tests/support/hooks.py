"""Helpers for the hook and GitHub Action tests.

* :func:`project_as_git_repo` copies the project's working tree into a fresh git
  repository with one commit, because ``pre-commit try-repo`` needs the hook
  repository to be a git repository with the hook files committed, and the lead
  commits in /work/main, not the tests.
* :func:`run_action` runs the action on a pull request event as a runner would,
  with a recording ``gh`` on PATH (the real one needs the network).
* :class:`ActionRunner` executes a composite action's ``run:`` steps with bash the
  way the GitHub runner does (``bash --noprofile --norc -eo pipefail``), with the
  ``${{ … }}`` expressions the action uses substituted, ``GITHUB_OUTPUT`` per step
  and ``if:`` conditions evaluated. ``uses:`` steps (setup-python) are skipped:
  the test's Python is already set up. It understands only the expression forms
  below and raises on anything else, so the action cannot silently outgrow it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tests.support.git_repo import GitRepo, git_environment

PROJECT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
RECORDING_GH = '#!/bin/sh\necho "$@" >> "$GH_LOG"\n'
#: The files a runner keeps beside the checkout for one run of the action.
RUNNER_FILES = ("event.json", "summary.md", "gh.log", "bin", "bin/gh")


def project_as_git_repo(destination: Path) -> GitRepo:
    """A git repository at ``destination`` holding the project's files, committed."""
    listing = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=PROJECT, env=git_environment(), capture_output=True, check=True,
    ).stdout.decode()
    for name in sorted(set(filter(None, listing.split("\0")))):
        source, target = PROJECT / name, destination / name
        if not source.exists() and not source.is_symlink():
            continue  # deleted in the working tree but still in the index
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            target.symlink_to(os.readlink(source))
        elif source.is_file():
            shutil.copy2(source, target)
    repo = GitRepo.init(destination)
    repo.commit("project snapshot")
    return repo


def environment(**extra: str) -> dict[str, str]:
    """A clean test environment with the project's venv first on PATH."""
    env = git_environment()
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"
    env.update(extra)
    return env


@dataclass
class StepResult:
    name: str
    returncode: int
    outputs: dict[str, str]
    stdout: str
    stderr: str


@dataclass
class ActionRunner:
    """Runs ``action.yml`` at ``action_path`` in ``workspace`` with ``inputs``."""

    action_path: Path
    workspace: Path
    inputs: dict[str, str]
    env: dict[str, str]
    event: dict[str, Any]
    results: list[StepResult] = field(default_factory=list)

    def run(self) -> list[StepResult]:
        """Run the steps in order, stopping after the first failure like the runner."""
        action = yaml.safe_load((self.action_path / "action.yml").read_text(encoding="utf-8"))
        defaults = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
        unknown = set(self.inputs) - set(defaults)
        assert not unknown, f"action.yml has no inputs {unknown}"
        self._inputs = {name: self._substitute(value) for name, value in {**defaults, **self.inputs}.items()}
        for index, step in enumerate(action["runs"]["steps"]):
            if "uses" in step or ("if" in step and not self._condition(step["if"])):
                continue
            result = self._run_step(step, index)
            self.results.append(result)
            if result.returncode != 0:
                break
        return self.results

    def _run_step(self, step: dict[str, Any], index: int) -> StepResult:
        assert step.get("shell") == "bash", "composite run steps must name their shell"
        output_file = self.workspace.parent / f"github-output-{index}"
        output_file.write_text("")
        env = {**self.env, "GITHUB_ACTION_PATH": str(self.action_path), "GITHUB_OUTPUT": str(output_file)}
        env.update({name: self._substitute(str(value)) for name, value in step.get("env", {}).items()})
        process = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
            cwd=self.workspace, env=env, capture_output=True, text=True,
        )
        outputs = dict(line.split("=", 1) for line in output_file.read_text().splitlines() if "=" in line)
        return StepResult(step.get("id") or step.get("name", f"step {index}"), process.returncode, outputs, process.stdout, process.stderr)

    def _lookup(self, expression: str) -> str:
        parts = expression.strip().split(".")
        if parts[0] == "inputs":
            return self._inputs[parts[1]]
        if parts[:2] == ["github", "action_path"]:
            return str(self.action_path)
        if parts[:2] == ["github", "token"]:
            return "test-token"
        if parts[:2] == ["github", "event"]:
            value: Any = self.event
            for part in parts[2:]:
                value = value[part]
            return str(value)
        if parts[0] == "steps" and parts[2] == "outputs":
            found = [r.outputs for r in self.results if r.name == parts[1]]
            return found[-1].get(parts[3], "") if found else ""
        raise AssertionError(f"the test runner does not know the expression {expression!r}")

    def _substitute(self, text: str) -> str:
        return re.sub(r"\$\{\{(.*?)\}\}", lambda match: self._lookup(match.group(1)), text)

    def _condition(self, expression: str) -> bool:
        """``a == 'x' && b != ''``: comparisons of a context value with a literal, joined by ``&&``."""
        results = []
        for clause in expression.split("&&"):
            match = re.fullmatch(r"\s*([\w.-]+)\s*(==|!=)\s*'([^']*)'\s*", clause)
            assert match, f"the test runner does not know the condition {clause!r}"
            value = self._lookup(match.group(1))
            results.append((value == match.group(3)) == (match.group(2) == "=="))
        return all(results)


CODE = '''\
def helper(x):
    """Add one."""
    return x + 1


def main():
    """Run the helper."""
    return helper(2)
'''


def pull_request_event(base: str, head: str, branch: str = "feature") -> dict[str, Any]:
    """The ``pull_request`` event GitHub gives a workflow for PR 7 of ``o/r``."""
    return {
        "pull_request": {
            "number": 7,
            "base": {"sha": base, "ref": "main", "repo": {"full_name": "o/r"}},
            "head": {"sha": head, "ref": branch, "repo": {"full_name": "o/r"}},
        }
    }


def repoagent(root: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the repoagent CLI in ``root`` as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "repoagent", *args], cwd=root, env=environment(**env), capture_output=True, text=True
    )


def documented_repo(root: Path) -> GitRepo:
    """A repository with a small package and its docs, current and committed."""
    repo = GitRepo.init(root)
    repo.write("pkg/__init__.py", "")
    repo.write("pkg/mod.py", CODE)
    result = repoagent(root, "docs")
    assert result.returncode in (0, 1), result.stderr
    repo.commit("code and docs")
    assert repoagent(root, "docs", "--check").returncode == 0
    return repo


def git_commit(repo: GitRepo, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """A real ``git commit`` (running the installed hooks)."""
    return subprocess.run(
        ["git", "commit", "-q", "-m", "change", *args], cwd=repo.root, env=environment(**env), capture_output=True, text=True
    )


def run_action(
    runner_folder: Path, workspace: Path, event: dict[str, Any], inputs: dict[str, str], **extra_env: str
) -> tuple[ActionRunner, dict[str, str]]:
    """Run the action on ``workspace`` for ``event`` with the runner's files in
    ``runner_folder`` (:data:`RUNNER_FILES`); returns the runner and the texts of the
    event, the step summary and the ``gh`` calls."""
    files = {name: runner_folder / name for name in ("event.json", "summary.md", "gh.log")}
    files["event.json"].write_text(json.dumps(event))
    files["summary.md"].write_text("")
    bin_folder = runner_folder / "bin"
    bin_folder.mkdir(exist_ok=True)
    (bin_folder / "gh").write_text(RECORDING_GH)
    (bin_folder / "gh").chmod(0o755)
    env = environment(
        GITHUB_EVENT_PATH=str(files["event.json"]),
        GITHUB_STEP_SUMMARY=str(files["summary.md"]),
        GITHUB_REPOSITORY="o/r",
        RUNNER_TEMP=str(runner_folder),
        GH_LOG=str(files["gh.log"]),
        **extra_env,
    )
    env["PATH"] = f"{bin_folder}:{env['PATH']}"
    runner = ActionRunner(action_path=PROJECT, workspace=workspace, inputs=inputs, env=env, event=event)
    runner.run()
    texts = {name: path.read_text(errors="replace") if path.exists() else "" for name, path in files.items()}
    return runner, texts

"""The GitHub Action's steps (parsed from ``action.yml``), run locally on a simulated PR.

The workspace is what ``actions/checkout`` leaves: a shallow clone (depth 1) of
the head commit whose base commit was never fetched. The install step is a no-op
here because the repoagent this Python imports is the project folder itself (the
editable install), which is the action's own path; the step checks exactly that.
The comment step talks to GitHub through ``gh``; a recording ``gh`` on PATH stands
in for it (``tests.support.hooks.run_action``), since the real one needs the network.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.support.git_repo import GitRepo
from tests.support.hooks import CODE, ActionRunner, documented_repo, environment, pull_request_event, run_action

PAGE = "docs/repoagent/pkg/mod.py.md"


def pull_request(tmp_path: Path, *, change_code: bool) -> tuple[Path, dict]:
    """Origin with main (code + current docs) and a PR branch; a shallow clone of its head."""
    repo = documented_repo(tmp_path / "author")
    base = repo.head()
    repo.git("checkout", "-q", "-b", "feature")
    if change_code:
        repo.write("pkg/mod.py", CODE.replace("return x + 1", "return x + 2"))
    else:
        repo.write("README.md", "words only\n")
    head = repo.commit("the pull request")
    subprocess.run(["git", "init", "-q", "--bare", str(tmp_path / "origin.git")], env=environment(), check=True)
    repo.git("push", "-q", str(tmp_path / "origin.git"), "main", "feature")
    workspace = tmp_path / "workspace"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", "--branch", "feature", (tmp_path / "origin.git").as_uri(), str(workspace)],
        env=environment(), check=True,
    )
    assert subprocess.run(["git", "cat-file", "-e", base], cwd=workspace, env=environment()).returncode != 0
    return workspace, pull_request_event(base, head)


def docs_step(runner: ActionRunner):
    [step] = [result for result in runner.results if result.name == "docs"]
    return step


def test_install_step_is_a_no_op_for_the_action_folder_itself(tmp_path: Path) -> None:
    workspace, event = pull_request(tmp_path, change_code=False)
    runner, _ = run_action(tmp_path, workspace, event, {"mode": "check"})
    assert runner.results[0].name == "Install repoagent"
    assert runner.results[0].returncode == 0 and "Successfully installed" not in runner.results[0].stdout


@pytest.mark.parametrize("mode", ["check", "comment"])
def test_stale_pull_request_is_reported(tmp_path: Path, mode: str) -> None:
    workspace, event = pull_request(tmp_path, change_code=True)
    runner, files = run_action(tmp_path, workspace, event, {"mode": mode})
    step = docs_step(runner)
    assert step.returncode == (1 if mode == "check" else 0), step.stderr
    report = Path(step.outputs["report"]).read_text()
    assert report == files["summary.md"]
    assert "pkg.mod.helper" in report and "changed" in report
    assert PAGE in report
    assert step.outputs["stale"] != "0"
    if mode == "comment":
        assert runner.results[-1].returncode == 0, runner.results[-1].stderr
        assert f"pr comment 7 --repo o/r --body-file {step.outputs['report']}" in files["gh.log"]
    else:
        assert files["gh.log"] == ""


def test_update_pushes_the_refreshed_pages_to_the_branch(tmp_path: Path) -> None:
    workspace, event = pull_request(tmp_path, change_code=True)
    runner, files = run_action(tmp_path, workspace, event, {"mode": "update"})
    step = docs_step(runner)
    assert step.returncode == 0, step.stderr
    assert "Committed the refreshed pages to `feature`" in files["summary.md"]
    origin = GitRepo(tmp_path / "origin.git")
    assert origin.git("rev-parse", "feature~1") == event["pull_request"]["head"]["sha"]
    assert origin.git("diff", "--name-only", "feature~1", "feature") == PAGE

    event["pull_request"]["head"]["sha"] = origin.git("rev-parse", "feature")
    again, files = run_action(tmp_path, workspace, event, {"mode": "check"})
    assert docs_step(again).returncode == 0
    assert "docs are up to date" in files["summary.md"].split("<!-- repoagent-report -->")[-1]


def test_pull_request_without_code_changes_passes_the_check(tmp_path: Path) -> None:
    workspace, event = pull_request(tmp_path, change_code=False)
    runner, files = run_action(tmp_path, workspace, event, {"mode": "check"})
    step = docs_step(runner)
    assert step.returncode == 0, step.stderr
    assert step.outputs["stale"] == "0"
    assert "docs are up to date" in files["summary.md"]


def test_update_commits_only_the_pages_whatever_the_pages_folder_is_called(tmp_path: Path) -> None:
    """A pull request names its pages folder ``:(top)``, git's pathspec magic for the
    whole tree: ``git add --all -- :(top)`` committed every file of the workspace,
    such as the credentials an earlier step of the job wrote there."""
    repo = documented_repo(tmp_path / "author")
    base = repo.head()
    repo.git("checkout", "-q", "-b", "feature")
    repo.write("pyproject.toml", '[tool.repoagent]\nout = ":(top)"\n')
    head = repo.commit("pages in a folder named like pathspec magic")
    subprocess.run(["git", "init", "-q", "--bare", str(tmp_path / "origin.git")], env=environment(), check=True)
    repo.git("push", "-q", str(tmp_path / "origin.git"), "main", "feature")
    workspace = tmp_path / "workspace"
    subprocess.run(["git", "clone", "-q", "--branch", "feature", (tmp_path / "origin.git").as_uri(), str(workspace)],
                   env=environment(), check=True)
    (workspace / "gha-creds-1a2b.json").write_text('{"private_key": "runner credentials"}\n')
    runner, _ = run_action(tmp_path, workspace, pull_request_event(base, head), {"mode": "update"})
    assert docs_step(runner).returncode == 0, docs_step(runner).stderr
    pushed = GitRepo(tmp_path / "origin.git").git("diff", "--name-only", "feature~1", "feature").splitlines()
    assert pushed and all(path.startswith(":(top)/") for path in pushed), pushed


# A pull request's module at the top of the checkout, named like one repoagent
# imports: `python -m repoagent` put the checkout first on sys.path and ran it with
# the API key in the environment.
HOSTILE_MODULE = "import os, pathlib\npathlib.Path(os.environ['PWNED']).write_text(os.environ.get('REPOAGENT_API_KEY', ''))\n"


# (Not `repoagent/__init__.py` here: without the fix the install step would find it
# and pip-install the action over the test environment's editable repoagent.)
@pytest.mark.parametrize("name", ["subprocess.py", "json.py"])
def test_a_pull_request_cannot_shadow_the_modules_repoagent_imports(tmp_path: Path, name: str) -> None:
    repo = documented_repo(tmp_path / "author")
    base = repo.head()
    repo.git("checkout", "-q", "-b", "feature")
    repo.write(name, HOSTILE_MODULE)
    repo.write("pkg/mod.py", CODE.replace("return x + 1", "return x + 2"))
    head = repo.commit("the pull request")
    pwned = tmp_path / "pwned"

    runner, _ = run_action(tmp_path, repo.root, pull_request_event(base, head), {"mode": "check", "api-key": "sk-red2-secret"},
                           PWNED=str(pwned))

    assert not pwned.exists()
    assert "pkg.mod.helper" in Path(docs_step(runner).outputs["report"]).read_text()

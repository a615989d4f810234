"""The GitHub Action on a hostile pull request, run locally through ``action.yml``.

The pull request commits a malicious cache folder (``git add -f .repoagent``: pickles
and a forged store), a page template that tries to run a command and read
the environment, and ``out = "../victim"``; the runner has an API key in its
environment. Whatever the mode: no payload runs, the key is in no output and no
file, and nothing is written outside the checkout (beyond the runner's own files).
"""

from __future__ import annotations

import pickle
import subprocess
from pathlib import Path

import pytest

from tests.security.test_caches import Payload, forge_store
from tests.support.hooks import CODE, RUNNER_FILES, documented_repo, environment, pull_request_event, run_action
from tests.support.llm_server import LLMServer

KEY = "sk-test-PR-SECRET-7c1e55"
TEMPLATE = "{{ cycler.__init__.__globals__.os.system('touch %s') }}{{ lipsum.__globals__.os.environ }}"


def hostile_pull_request(tmp_path: Path, canary: Path) -> tuple[Path, dict]:
    repo = documented_repo(tmp_path / "author")
    base = repo.head()
    repo.git("checkout", "-q", "-b", "feature")
    repo.write("pkg/mod.py", CODE.replace("return x + 1", "return x + 2"))  # stale docs: the run has work to do
    cache = repo.root / ".repoagent"
    forge_store(cache / "store.sqlite", "INJECTED")
    for name in ("graph.pickle", "parse.pickle", "parse.msgpack", "graph.msgpack"):
        (cache / name).write_bytes(pickle.dumps(Payload(canary)))
    repo.write(".repoagent-templates/section.md.j2", TEMPLATE % canary)
    repo.write(".repoagent-templates/index.md.j2", TEMPLATE % canary)
    repo.write("pyproject.toml", '[tool.repoagent]\nout = "../victim"\n')
    repo.git("add", "-f", ".repoagent")
    head = repo.commit("a pull request from a stranger")
    origin = tmp_path / "origin.git"
    subprocess.run(["git", "init", "-q", "--bare", str(origin)], env=environment(), check=True)
    repo.git("push", "-q", str(origin), "main", "feature")
    workspace = tmp_path / "runner" / "workspace"
    workspace.parent.mkdir()
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", "--branch", "feature", origin.as_uri(), str(workspace)],
        env=environment(), check=True,
    )
    return workspace, pull_request_event(base, head)


def files_under(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*")}


@pytest.mark.parametrize("mode", ["check", "update", "comment"])
def test_a_hostile_pull_request_takes_nothing_over(tmp_path: Path, mode: str) -> None:
    canary = tmp_path / "canary"
    workspace, event = hostile_pull_request(tmp_path, canary)
    runner_folder = workspace.parent
    before = files_under(tmp_path)

    with LLMServer() as server:
        inputs = {"mode": mode, "api-key": KEY, "base-url": server.url}
        runner, texts = run_action(runner_folder, workspace, event, inputs, OPENAI_API_KEY=KEY)
        prompts = server.prompts

    assert not canary.exists()
    assert not (tmp_path / "runner" / "victim").exists() and not (tmp_path / "victim").exists()
    outputs = [text for step in runner.results for text in (step.stdout, step.stderr, *step.outputs.values())]
    outputs += [*texts.values(), *prompts]
    assert not any(KEY in text for text in outputs)
    assert not any("INJECTED" in text for text in outputs)
    assert not any("Traceback" in text for text in outputs)
    for path in workspace.rglob("*"):
        if path.is_file() and ".git" not in path.relative_to(workspace).parts:
            assert KEY.encode() not in path.read_bytes(), path
    # Outside the checkout only the runner's own files changed: the report and step outputs.
    new = {path.relative_to(tmp_path).as_posix() for path in files_under(tmp_path) - before}
    new = {name for name in new if not name.startswith(("runner/workspace/", "origin.git/"))}
    runner_own = {"runner/repoagent-report.md", *(f"runner/{name}" for name in RUNNER_FILES)}
    assert new <= runner_own | {f"runner/github-output-{i}" for i in range(5)}, new
    docs = [step for step in runner.results if step.name == "docs"]
    # check: stale (exit 1), or the settings refused (exit 2); writing modes stop on
    # the settings or the templates.
    assert docs and docs[0].returncode != 0, docs[0].stderr
    if mode != "check":
        assert "repoagent: error:" in docs[0].stderr

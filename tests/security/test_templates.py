"""Templates are code: a repository's ``.repoagent-templates/`` renders in the sandbox.

Each attack is a committed override in a real git repository, run through the real
command line with a fake API key in the environment: the payload never runs, the key
never shows, the run stops with one line and exit 2, and no page is written.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.git_repo import GitRepo
from tests.support.hooks import CODE, repoagent
from tests.support.llm_server import LLMServer

KEY = "sk-test-SECRET-4f2a9c"


def hostile_repo(root: Path, templates: dict[str, str]) -> GitRepo:
    repo = GitRepo.init(root)
    repo.write("pkg/__init__.py", "")
    repo.write("pkg/mod.py", CODE)
    for name, text in templates.items():
        repo.write(f".repoagent-templates/{name}", text)
    repo.commit("code and a template override")
    return repo


def assert_refused(result, canary: Path, root: Path) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("repoagent: error: ")
    assert "template" in result.stderr and ".repoagent-templates/" in result.stderr
    assert "Traceback" not in result.stderr
    assert KEY not in result.stdout + result.stderr
    assert not canary.exists()
    # Pages are written as they complete (an LLM run keeps what it paid for); the
    # index comes last, so a bad section template stops the run before any page,
    # and a bad index template before the index.
    assert not (root / "docs" / "repoagent" / "index.md").exists()


@pytest.mark.parametrize(
    "name, text",
    [
        ("section.md.j2", "{{ cycler.__init__.__globals__.os.system('touch CANARY') }}"),
        ("section.md.j2", "{{ joiner.__init__.__globals__['os'].environ }}"),
        ("section.md.j2", "{{ lipsum.__globals__.os.environ['OPENAI_API_KEY'] }}"),
        ("section.md.j2", "{{ os.environ }}"),
        ("section.md.j2", "{{ calls.__class__.__mro__[1].__subclasses__() }}"),
        ("section.md.j2", "{% set x = calls.append(1) %}{{ body }}"),
        ("section.md.j2", "{{ 'x' * 10000000000 }}"),
        ("index.md.j2", "{{ pages.__class__.__init__.__globals__ }}"),
        ("index.md.j2", "{{ range.__self__.__import__('os').system('touch CANARY') }}"),
    ],
)
def test_a_hostile_page_template_is_refused(tmp_path: Path, name: str, text: str) -> None:
    canary = tmp_path / "repo" / "CANARY"
    repo = hostile_repo(tmp_path / "repo", {name: text})
    result = repoagent(repo.root, "docs", "--writer", "static", OPENAI_API_KEY=KEY)
    assert_refused(result, canary, repo.root)
    if name == "section.md.j2":
        assert not (repo.root / "docs").exists()


def test_a_template_linked_outside_the_repository_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "credentials"
    secret.write_text(f"aws_secret_access_key = {KEY}\n")
    repo = hostile_repo(tmp_path / "repo", {"index.md.j2": "{% include 'leak.md.j2' %}"})
    os.symlink(secret, repo.root / ".repoagent-templates" / "leak.md.j2")
    repo.commit("a link to the runner's credentials")
    result = repoagent(repo.root, "docs", "--writer", "static")
    assert_refused(result, tmp_path / "no-canary", repo.root)
    assert "leads outside the repository" in result.stderr


def test_a_hostile_prompt_template_sends_nothing(tmp_path: Path) -> None:
    canary = tmp_path / "repo" / "CANARY"
    payload = "{{ cycler.__init__.__globals__.os.system('touch CANARY') }}{{ cycler.__init__.__globals__.os.environ }}"
    repo = hostile_repo(tmp_path / "repo", {"prompt_section.md.j2": payload})
    with LLMServer() as server:
        result = repoagent(repo.root, "docs", "--writer", "llm", "--base-url", server.url, OPENAI_API_KEY=KEY)
    assert_refused(result, canary, repo.root)
    assert server.prompts == []


def test_the_shipped_templates_render_in_the_sandbox(tmp_path: Path) -> None:
    """The documented variables are all a template needs: a harmless override works."""
    repo = hostile_repo(tmp_path / "repo", {"index.md.j2": "# Pages\n{% for page in pages %}\n- {{ page.source | upper }}{% endfor %}\n"})
    result = repoagent(repo.root, "docs", "--writer", "static")
    assert result.returncode in (0, 1), result.stderr
    assert "- PKG/MOD.PY" in (repo.root / "docs" / "repoagent" / "index.md").read_text()


@pytest.mark.parametrize("name", ["section.md.j2", "index.md.j2"])
def test_a_template_that_is_not_utf8_is_one_line(tmp_path: Path, name: str) -> None:
    """Any bytes can be committed: one that is not UTF-8 was a traceback (exit 3)."""
    repo = hostile_repo(tmp_path / "repo", {})
    (repo.root / ".repoagent-templates").mkdir()
    (repo.root / ".repoagent-templates" / name).write_bytes(b"{{ body }}\xff\n")
    result = repoagent(repo.root, "docs", "--writer", "static")
    assert_refused(result, tmp_path / "no-canary", repo.root)
    assert "not UTF-8" in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        "{{ body }}",  # no marker: the section's text became the user's, above the first section
        "{{ marker }}\n{{ body }}\n{{ marker }}",  # two markers of one id
        '{{ marker }}\n## {{ title }}\n{{ body }}\n<!-- repoagent: id=pkg.mod.phantom hash=1 deps=2 writer=static lock -->',
    ],
)
def test_a_section_template_that_does_not_read_back_as_its_section_is_refused(tmp_path: Path, text: str) -> None:
    """Pages written from such a template read back as hand-written text (kept for
    ever, in the preamble or inside another section) or as forged sections."""
    repo = hostile_repo(tmp_path / "repo", {"section.md.j2": text})
    result = repoagent(repo.root, "docs", "--writer", "static")
    assert_refused(result, tmp_path / "no-canary", repo.root)
    assert "must start with its marker" in result.stderr
    assert not (repo.root / "docs").exists()


def test_a_render_that_runs_too_long_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``range`` is capped per call, not per template: nested loops ran for hours."""
    import time

    from jinja2.exceptions import SecurityError

    from repoagent import templating

    monkeypatch.setattr(templating, "RENDER_SECONDS", 0.3)
    spinning = templating.environment(None).from_string(
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    )
    started = time.monotonic()
    with pytest.raises(SecurityError, match="ran past 0.3 s"):
        spinning.render()
    assert time.monotonic() - started < 5
    assert templating.environment(None).from_string("{{ x }}").render(x="quick") == "quick"  # nothing left armed
    time.sleep(0.5)  # a timer of the quick render would have fired by now

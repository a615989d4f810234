"""Secrets in code (issue 11 item 10): redacted from every page the static writer
writes and from every prompt an endpoint receives, documentation or debug."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

import pytest

from repoagent.cli import main
from repoagent.config import Settings
from repoagent.debug.llm import LLMEngine, extract_code
from repoagent.debug.sandbox import Limits, Sandbox
from repoagent.debug.session import repair
from repoagent.redact import Redactor, redact
from tests.support.debug_programs import PROGRAMS, judge_script
from tests.support.git_repo import GitRepo
from tests.support.llm_server import LLMServer

PRIVATE_KEY = "-----BEGIN RSA PRIVATE KEY-----\\nMIIEpAIBAAKCAQEA7bq9x0Zk3\\n-----END RSA PRIVATE KEY-----"
SECRETS = {
    "aws": "AKIAIOSFODNN7EXAMPLE",
    "github": "ghp_R4nd0mT0k3nV4lu3abcdefghijklmnop12",
    "github_pat": "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
    "openai": "sk-proj-Zx9kq2LmP0wQeRtYuIoPaSdFgHjKl",
    "anthropic": "sk-ant-api03-Zx9kq2LmP0wQeRtYuIoPaSdFgHjKl",
    "slack": "xoxb-123456789012-123456789012-Zx9kq2LmP0wQeRtY",
    "url password": "s3cretPass99",
    "jwt": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N",
    "private key": "MIIEpAIBAAKCAQEA7bq9x0Zk3",
    "password default": "hunter2hunter2",
    "bound token": "Q2xhc3NpYzEyMw99xy",
}
SOURCE = f'''
"""Settings with secrets nobody should have committed."""

API_KEY = "{SECRETS["aws"]}"
GITHUB = "{SECRETS["github"]}"
PAT = "{SECRETS["github_pat"]}"
OPENAI = "{SECRETS["openai"]}"
CLAUDE = "{SECRETS["anthropic"]}"
SLACK = "{SECRETS["slack"]}"
DATABASE = "postgres://admin:{SECRETS["url password"]}@db.internal/app"
SESSION = "{SECRETS["jwt"]}"
DEPLOY_KEY = "{PRIVATE_KEY}"


def connect(host, password="{SECRETS["password default"]}", api_token: str = "{SECRETS["bound token"]}"):
    """Connect with the key {SECRETS["aws"]}.

    Example: ``connect("db", password="{SECRETS["password default"]}")`` or set
    DATABASE_URL=postgres://admin:{SECRETS["url password"]}@db.internal/app and
    Authorization: Bearer {SECRETS["openai"]}.
    """
    return host, password, api_token, API_KEY


def use():
    return connect(DATABASE)
'''


@pytest.fixture
def repo(tmp_path) -> GitRepo:  # noqa: ANN001
    repo = GitRepo.init(tmp_path / "repo")
    repo.write("app/__init__.py", "")
    (repo.root / "app/settings.py").write_text(SOURCE)
    repo.commit("secrets")
    return repo


def leaked(text: str) -> list[str]:
    return [name for name, secret in SECRETS.items() if secret in text]


@pytest.fixture(autouse=True)
def no_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPOAGENT_RETRIES", "0")


def test_the_source_really_holds_every_secret(repo: GitRepo) -> None:
    assert not [name for name, secret in SECRETS.items() if secret not in (repo.root / "app/settings.py").read_text()]


def test_static_pages_hold_no_secret(repo: GitRepo) -> None:
    assert main(["docs", str(repo.root), "--writer", "static"]) == 0
    pages = "\n".join(page.read_text() for page in (repo.root / "docs/repoagent").rglob("*.md"))
    assert "connect" in pages and "[redacted]" in pages
    assert leaked(pages) == []
    assert main(["docs", str(repo.root), "--writer", "static", "--check"]) == 0  # and they read back as current


def test_no_prompt_an_endpoint_receives_holds_a_secret(repo: GitRepo, server: Callable[..., LLMServer]) -> None:
    echo = server(answer=lambda prompt: "Summary of the object.\n\n" + prompt.replace("```", ""))  # echoes the prompt
    assert main(["docs", str(repo.root), "--writer", "llm", "--base-url", echo.url, "--model", "loopback"]) == 0
    assert len(echo.requests) >= 4
    assert leaked(json.dumps(echo.requests)) == []
    assert leaked("\n".join(page.read_text() for page in (repo.root / "docs/repoagent").rglob("*.md"))) == []


def test_debug_prompts_hold_no_secret_and_the_fix_keeps_the_real_one() -> None:
    _, buggy, fixed, function, cases = next(p for p in PROGRAMS if p[0] == "operation error")
    secret_line = f'API_KEY = "{SECRETS["aws"]}"\nTOKEN = "{SECRETS["github"]}"\n'

    def fixing_echo(prompt: str) -> str:
        code = extract_code(prompt) or ""
        return f"```python\n{code.replace('a - b', 'a + b')}```"

    with LLMServer(answer=fixing_echo) as endpoint, Sandbox(files={"test_solution.py": judge_script(function, cases)}) as box:
        engine = LLMEngine(Settings(model="test", base_url=endpoint.url, api_key="k"))
        result = repair({"solution.py": secret_line + buggy}, box.checker([sys.executable, "-S", "test_solution.py"], Limits(10)), engine)
        prompts = endpoint.prompts
    assert prompts and leaked("\n".join(prompts)) == []
    assert result.fixed and result.files["solution.py"].strip() == (secret_line + fixed).strip()  # the key is back


@pytest.mark.parametrize(
    "text",
    ["hash = \"3f9a1c0e\"", "AUTH_HEADER = \"Authorization\"", "x = sorted(items, key=itemgetter(1))", "monkey = \"banana12\"",
     "mask-with-a-very-long-identifier-name", "key = lambda item: item.name", "token_count: int = 12345"],
)
def test_ordinary_code_is_left_alone(text: str) -> None:
    assert redact(text) == text


def test_numbered_placeholders_restore_exactly() -> None:
    redactor = Redactor(numbered=True)
    hidden = redactor.redact(SOURCE)
    assert leaked(hidden) == [] and "[redacted-1]" in hidden
    assert redactor.restore(hidden) == SOURCE

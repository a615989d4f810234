"""``repoagent init``: a commented ``[tool.repoagent]`` section and the ``.gitignore``
entry for the ``.repoagent/`` cache folder. Running it again changes nothing."""

from __future__ import annotations

import tomllib

import click

from repoagent.cli import cli
from repoagent.cli.common import repository
from repoagent.fileio import write_atomically
from repoagent.errors import UsageError
from repoagent.workspace import FOLDER

DEFAULT_SECTION = """\
[tool.repoagent]
# Where the Markdown pages go (one page per source file, plus index.md).
out = "docs/repoagent"
# Gitignore-style patterns of files not to document (.gitignore is always honoured).
exclude = []
# Test files and folders (tests/, test_*.py, *_test.go, *.spec.ts ...) are not
# documented unless this is true.
document_tests = false
# How Python docstrings are read: auto (detected per docstring), google, numpy, sphinx.
docstring_style = "auto"
# auto: the LLM when base_url or an API key is configured, else the static writer.
writer = "auto"
# Any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp, LM Studio).
# The key comes from REPOAGENT_API_KEY or OPENAI_API_KEY, never from this file.
model = "gpt-4o-mini"
# base_url = "http://localhost:11434/v1"
# The language the documentation is written in.
language = "English"
# Sections written at once, and parser processes.
jobs = 4
# Files larger than this (bytes) are skipped.
max_file_size = 1000000
# Seconds a docs run waits for another one writing in this repository, then stops.
lock_wait = 30
"""

IGNORE_ENTRY = f"{FOLDER}/"


@cli.command()
@click.argument("path", default=".")
def init(path: str) -> int:
    """Add a commented [tool.repoagent] section to pyproject.toml and ignore .repoagent/."""
    root = repository(path)
    click.echo(_add_settings(root / "pyproject.toml"))
    click.echo(_add_ignore(root / ".gitignore"))
    return 0


def _add_settings(pyproject) -> str:
    text = pyproject.read_text(encoding="utf-8") if pyproject.is_file() else ""
    try:
        existing = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"{pyproject} is not valid TOML ({error}); fix it first") from error
    if "repoagent" in existing.get("tool", {}):
        return f"{pyproject.name}: [tool.repoagent] already there, left as it is"
    separator = "" if not text else ("\n" if text.endswith("\n") else "\n\n")
    write_atomically(pyproject, text + separator + ("\n" if text else "") + DEFAULT_SECTION)
    return f"{pyproject.name}: added [tool.repoagent] with the defaults"


def _add_ignore(gitignore) -> str:
    text = gitignore.read_text(encoding="utf-8") if gitignore.is_file() else ""
    if any(line.strip() in {IGNORE_ENTRY, FOLDER, f"/{FOLDER}/", f"/{FOLDER}"} for line in text.splitlines()):
        return f"{gitignore.name}: {IGNORE_ENTRY} already ignored"
    separator = "" if not text or text.endswith("\n") else "\n"
    write_atomically(gitignore, text + separator + IGNORE_ENTRY + "\n")
    return f"{gitignore.name}: added {IGNORE_ENTRY}"

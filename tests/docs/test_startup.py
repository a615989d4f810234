"""Start-up in proportion: a command imports only what it uses.

Each check runs the real CLI in a fresh interpreter on a small Python repository
and looks at which modules it loaded: ``status`` and a static ``docs`` never load
the LLM writer (``openai``, the prompt, validation and sanitising modules), a run
with nothing to write loads no writer at all, no run loads the grammar of a
language the repository does not have, a staged run reads the index without
gitpython (nor pathspec, when the stamp answers or the files are those of the last
staged run), and griffe is loaded only to
read a docstring; writing a few sections, even one that needs another's summary (a
function and its module), does not build the call graph's ordering (networkx), and
one section is written without a thread pool, nor jinja2 (the shipped section
template is rendered in Python); the Python grammar is loaded without its package's
``importlib.resources``. ``status`` names no writer, so it
loads neither the writer choice nor what that reads (the LLM client's settings check,
the redaction patterns). A run the stamp answers (``status --staged``, ``docs
--staged``, ``hook run``, as the hooks spell them) does not import click, and no
run of a hook imports :mod:`hashlib` (OpenSSL's library: 4 ms).
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.support.git_repo import GitRepo, git_environment

LLM_ONLY = ("openai", "repoagent.writers.llm", "repoagent.writers.prompt", "repoagent.writers.validation",
            "repoagent.writers.sanitize")
OTHER_LANGUAGES = tuple(f"repoagent.parsing.languages.{name}" for name in ("javascript", "typescript", "go", "java", "rust"))
WRITERS = ("repoagent.writers.static", "griffe")
#: A staged run reads the index with plain git: gitpython alone cost 0.1 s of start-up.
GITPYTHON = ("git", "gitdb")
#: What choosing a writer loads; ``status`` chooses none.
CHOICE = ("repoagent.writers.choice", "repoagent.llm_client", "repoagent.redact")

_PROBE = """
import json, sys
from repoagent.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def loaded(repo: GitRepo, *args: str) -> set[str]:
    """The modules a fresh ``repoagent ARGS`` loaded in ``repo`` (it must succeed)."""
    result = subprocess.run([sys.executable, "-c", _PROBE, *args], cwd=repo.root, env=git_environment(),
                            capture_output=True, text=True, check=True)
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["code"] in (0, 1), result.stderr
    return set(report["modules"])


def test_status_and_a_static_docs_load_only_what_they_use(repo: GitRepo) -> None:
    repo.write("pkg/a.py", "def f():\n    return g()\n\n\ndef g():\n    return 1\n")
    repo.commit()
    stale = loaded(repo, "status", ".")
    assert "repoagent.parsing.languages.python" in stale  # the check below would pass with no parsing at all
    # The grammar from its binding alone: not the package's importlib.resources (with tempfile).
    assert "tree_sitter_python._binding" in stale and not stale & {"importlib.resources", "tempfile"}
    assert not stale & {*LLM_ONLY, *OTHER_LANGUAGES, *WRITERS, "tomllib"}  # no pyproject.toml to read
    written = loaded(repo, "docs", ".")
    assert "repoagent.writers.static" in written and not written & {*LLM_ONLY, *OTHER_LANGUAGES}
    repo.commit()
    assert "pathspec" in loaded(repo, "status", ".", "--staged")  # nothing stale, found by listing the files
    stamped = loaded(repo, "status", ".", "--staged")  # the same index: the stamp answers, no file is listed
    assert not stamped & {"pathspec", "repoagent.graph.build", "repoagent.models", "click"}  # nor the model classes
    assert "repoagent.hashing" in stamped and "hashlib" not in stamped  # blake2b without OpenSSL's library
    assert not loaded(repo, "docs", ".", "--staged") & {"click", "repoagent.models"}  # the hook's line: no click
    repo.write("notes.txt", "not code\n")
    repo.add()
    loaded(repo, "status", ".", "--staged")  # stamps the new index
    hook = ("hook", "run", "--no-stage", "--hook-dir", str(repo.root / ".git" / "hooks"), "--")
    assert not loaded(repo, *hook) & {"click", "repoagent.graph.build", "repoagent.models"}  # the stamp answers the hook
    repo.write("pkg/a.py", "def f():\n    return g()\n\n\ndef g():\n    return 2\n")
    repo.add()
    for args in (("docs", ".", "--check"), ("status", ".", "--staged")):
        assert not loaded(repo, *args) & {*LLM_ONLY, *OTHER_LANGUAGES, *WRITERS, *GITPYTHON}
    # The same files as the last staged run: what the patterns exclude is remembered, pathspec not needed.
    assert not loaded(repo, "status", ".", "--staged") & {*CHOICE, "traceback", "pathspec"}
    one_edit = loaded(repo, "docs", ".", "--staged")  # g has no docstring: griffe has nothing to read
    assert "repoagent.writers.static" in one_edit and not one_edit & {"networkx", "griffe", "concurrent.futures", "jinja2"}, one_edit & {"networkx", "griffe", "concurrent.futures", "jinja2"}
    assert "hashlib" not in one_edit  # git's blob ids by _sha1, the rest by _blake2
    repo.commit()
    repo.write("pkg/a.py", '"""Numbers."""\n\n\ndef f():\n    return g()\n\n\ndef g():\n    return 3\n')
    repo.add()
    function_and_module = loaded(repo, "docs", ".", "--staged")  # the module needs g's summary: two levels
    assert "griffe" in function_and_module and "networkx" not in function_and_module

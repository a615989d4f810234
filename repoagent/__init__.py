"""repoagent keeps a repository's code documentation true to its code.

The pipeline (ARCHITECTURE.md at the top of the repository maps it): files -> parse (tree-sitter) -> resolve (call graph)
-> detect (stale set) -> write (topological, LLM or static) -> Markdown pages.
"""

import sys

__version__ = "0.1.0"


def self_command(*args: str) -> list[str]:
    """``python -P -m repoagent ARGS`` with this interpreter: how repoagent runs itself.

    ``python -m`` puts the current folder first on ``sys.path``, and these commands
    run in the repository: its ``json.py``, ``subprocess.py`` or ``repoagent/``
    (a pull request's, on the commit that adds them) would be imported in
    repoagent's place and run with the API key in the environment. ``-P`` leaves
    the current folder out (``PYTHONPATH`` still counts).
    """
    return [sys.executable, "-P", "-m", "repoagent", *args]

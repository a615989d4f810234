"""The ``repoagent`` program: a hook's line goes to a running server, anything else runs here.

Kept apart from :mod:`repoagent.cli` so that a line the server answers imports
nothing of the command line (see :mod:`repoagent.server`).
"""

import sys


def main() -> int:
    """The program's exit code."""
    from repoagent.server.client import forward

    code = forward(sys.argv[1:])
    if code is not None:
        return code
    from repoagent.cli import main as run_here

    return run_here()

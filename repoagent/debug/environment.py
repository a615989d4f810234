"""The environment a test command runs with: an allowlist, never the parent's environment.

A developer's shell and a CI job hold tokens (AWS, GitHub, Anthropic, OpenAI) and
URLs with passwords in them (proxies, databases); the code the sandbox runs is
untrusted (an LLM or a mutation search wrote it). Removing the secrets one knows
of always misses the next one, so the test gets only what running a program
needs (where programs are, the home folder, the locale, the temporary folder,
the terminal), a few Python settings, and the names the user asks for by name
(``--env NAME``).

Python's variables are allowlisted one by one too: ``PYTHONPATH``, ``PYTHONHOME``,
``PYTHONUSERBASE``, ``PYTHONSTARTUP`` and ``PYTHONBREAKPOINT`` load code from
outside the copy (a ``PYTHONPATH`` holding the real project's ``src`` would make
every candidate be judged by the real, unchanged code) and ``PYTHONPYCACHEPREFIX``
writes outside it, so they pass only through ``--env``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping

from repoagent.errors import UsageError

_SYSTEM = frozenset({"PATH", "HOME", "LANG", "LANGUAGE", "TZ", "TERM", "TMPDIR", "TEMP", "TMP"})
_LOCALE_PREFIX = "LC_"
_PYTHON = frozenset({
    "PYTHONUNBUFFERED", "PYTHONIOENCODING", "PYTHONUTF8", "PYTHONCOERCECLOCALE", "PYTHONWARNINGS",
    "PYTHONFAULTHANDLER", "PYTHONDEVMODE", "PYTHONTRACEMALLOC", "PYTHONOPTIMIZE", "PYTHONNOUSERSITE",
    "PYTHONSAFEPATH", "PYTHONINTMAXSTRDIGITS",
})
# The same hash seed every run, so set order (and a test's output) repeats; no
# bytecode files written into the copy between a candidate and the next.
_FIXED = {"PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def check_names(names: Iterable[str]) -> tuple[str, ...]:
    """The ``--env`` names, or :class:`UsageError` for one that cannot be a variable's name."""
    for name in names:
        if not _NAME.fullmatch(name):
            raise UsageError(f"--env {name!r}: give the name of an environment variable (NAME, not NAME=VALUE)")
    return tuple(names)


def child_environment(passed: Iterable[str] = (), parent: Mapping[str, str] | None = None) -> dict[str, str]:
    """The allowlisted part of ``parent`` (default: this process's environment), the
    ``passed`` names that are set in it, and the fixed Python settings."""
    parent = os.environ if parent is None else parent
    wanted = set(passed)
    env = {
        name: value for name, value in parent.items()
        if name in _SYSTEM or name in _PYTHON or name.startswith(_LOCALE_PREFIX) or name in wanted
    }
    return {**env, **_FIXED}

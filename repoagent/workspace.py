"""Everything repoagent keeps under a repository's ``.repoagent/`` folder.

One module owns the folder's name, its layout and the folders every walk skips, so
no other module spells ``.repoagent`` or decides on its own what to leave out. The
folder ignores itself (a ``.gitignore`` holding ``*``), so nothing in it, temporary
files included, is ever picked up by ``git add``.
"""

from __future__ import annotations

from pathlib import Path

#: The folder, relative to the repository's root.
FOLDER = ".repoagent"

#: The committed folder of template overrides (pages and prompts).
TEMPLATES_FOLDER = ".repoagent-templates"

#: Folders no walk of a repository enters: version control, caches, environments.
SKIPPED_FOLDERS = frozenset(
    {".git", ".hg", ".svn", FOLDER, "node_modules", "__pycache__", ".venv", "venv", ".tox", ".env"}
)


class Workspace:
    """The paths of one repository's ``.repoagent/`` folder.

    Reading a path never creates anything; :meth:`ensure` creates the folder (and
    its ``.gitignore``) before a write.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.folder = root / FOLDER

    def ensure(self) -> Path:
        """Create the folder, ignored by git, and return it."""
        self.folder.mkdir(parents=True, exist_ok=True)
        marker = self.folder / ".gitignore"
        if not marker.exists():
            marker.write_text("*\n", encoding="utf-8")
        return self.folder

    def scratch(self) -> Path:
        """Create the folder of temporary files (see :attr:`temp`) and return it."""
        self.ensure()
        self.temp.mkdir(exist_ok=True)
        return self.temp

    @property
    def crash_log(self) -> Path:
        """Where an internal error's traceback goes."""
        return self.folder / "crash.log"

    @property
    def temp(self) -> Path:
        """Temporary files of atomic writes: inside the ignored folder, on the same
        file system as the pages, so a killed run leaves nothing git would add."""
        return self.folder / "tmp"

    @property
    def llm_answers(self) -> Path:
        """Accepted LLM answers, one file per prompt hash."""
        return self.folder / "llm"

    @property
    def fallback_tries(self) -> Path:
        """How often the LLM failed each section (:mod:`repoagent.writers.fallbacks`)."""
        return self.folder / "fallback-tries.json"

    @property
    def stamp(self) -> Path:
        """The stamp of the last ``--staged`` run that found the docs current."""
        return self.folder / "docs-current"

    @property
    def caches(self) -> Path:
        """The parse and graph caches live directly in the folder."""
        return self.folder

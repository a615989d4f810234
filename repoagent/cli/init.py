"""``repoagent init``: a commented ``[tool.repoagent]`` section and the ``.gitignore``
entry for the ``.repoagent/`` cache folder. Running it again changes nothing."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import click

from repoagent.cli.group import cli
from repoagent.cli.common import repository
from repoagent.config import commented_section, load_settings
from repoagent.fileio import write_atomically
from repoagent.errors import UsageError
from repoagent.terminal import say
from repoagent.workspace import FOLDER

IGNORE_ENTRY = f"{FOLDER}/"


#: Where ``--mermaid`` puts its copy of Mermaid, relative to the pages folder (mkdocs
#: copies a docs folder's other files into the site as they are).
MERMAID_COPY = "assets/mermaid.min.js"

MKDOCS_YML = """\
# Written by `repoagent init --mkdocs`: build the pages with
#   pip install mkdocs-material && mkdocs build --strict
site_name: {site_name}
docs_dir: {docs_dir}
theme:
  name: material
  font: false  # the system's fonts: nothing fetched from a font service
  features:
    - navigation.sections
    - toc.follow
markdown_extensions:
  - toc:
      permalink: true
  - pymdownx.superfences:
      custom_fences:
        - name: mermaid
          class: mermaid
          format: !!python/name:pymdownx.superfences.fence_code_format
validation:
  omitted_files: warn
  absolute_links: warn
  unrecognized_links: warn
  anchors: warn
"""

#: Appended with ``--mermaid``: Material draws with a ``mermaid`` already loaded by
#: the page instead of fetching one from a CDN, so the site works offline.
MKDOCS_LOCAL_MERMAID = f"""\
extra_javascript:
  - {MERMAID_COPY}
"""


@cli.command()
@click.argument("path", default=".")
@click.option("--mkdocs", is_flag=True, help="Also write mkdocs.yml (Material theme, Mermaid diagrams) for the pages.")
@click.option(
    "--mermaid", "mermaid", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="With --mkdocs: a mermaid.min.js to serve with the pages, so the site draws diagrams offline.",
)
def init(path: str, mkdocs: bool, mermaid: Path | None) -> int:
    """Add a commented [tool.repoagent] section to pyproject.toml and ignore .repoagent/."""
    root = repository(path)
    if mermaid is not None and not mkdocs:
        raise UsageError("--mermaid goes with --mkdocs: give both, or leave --mermaid out")
    script = _read_mermaid(mermaid) if mermaid is not None else None
    for name in ("pyproject.toml", ".gitignore"):  # both checked before either is written
        _regular(root / name)
    say(_add_settings(root / "pyproject.toml"))
    say(_add_ignore(root / ".gitignore"))
    if mkdocs:
        say(_add_mkdocs(root, script))
    return 0


def _read_mermaid(path: Path) -> bytes:
    """The script ``--mermaid`` names, read before anything is written."""
    try:
        return path.read_bytes()
    except OSError as error:
        raise UsageError(
            f"--mermaid {path}: {error.strerror or error}; give the path of mermaid.min.js "
            "(npm install mermaid puts it in node_modules/mermaid/dist/)"
        ) from error


def _add_mkdocs(root: Path, mermaid: bytes | None) -> str:
    """A mkdocs.yml whose docs folder is the pages' folder (``out``), with ``mermaid``
    (a script's bytes) copied beside the pages when given; an existing mkdocs.yml is
    the user's and stays as it is. Values are JSON strings, which YAML reads as they are."""
    path = root / "mkdocs.yml"
    if path.exists():
        return f"{path.name}: already there, left as it is"
    out = load_settings(root).out
    name = f"{root.name} code documentation"
    text = MKDOCS_YML.format(site_name=json.dumps(name), docs_dir=json.dumps(out))
    if mermaid is None:
        write_atomically(path, text)
        return f"{path.name}: written (Material theme, Mermaid diagrams from a CDN; docs_dir {out})"
    write_atomically(root / out / MERMAID_COPY, mermaid)
    write_atomically(path, text + MKDOCS_LOCAL_MERMAID)
    return f"{path.name}: written (Material theme, Mermaid diagrams from {out}/{MERMAID_COPY}; docs_dir {out})"


def _regular(path: Path) -> Path:
    """``path``, unless it is a symbolic link or something else than a file: ``init``
    reads the file and writes it back with its addition, so a committed
    ``.gitignore -> ~/.git-credentials`` would copy the credentials into the repository
    (and one linked to a device would be written to)."""
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise UsageError(f"{path} is a symbolic link or not a regular file; init writes only the repository's own "
                         "files: replace it with a file, or add the lines yourself")
    return path


def _add_settings(pyproject) -> str:
    text = pyproject.read_text(encoding="utf-8") if _regular(pyproject).is_file() else ""
    try:
        existing = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"{pyproject} is not valid TOML ({error}); fix it first") from error
    if "repoagent" in existing.get("tool", {}):
        return f"{pyproject.name}: [tool.repoagent] already there, left as it is"
    separator = "" if not text else ("\n" if text.endswith("\n") else "\n\n")
    write_atomically(pyproject, text + separator + ("\n" if text else "") + commented_section())
    return f"{pyproject.name}: added [tool.repoagent] with the defaults"


def _add_ignore(gitignore) -> str:
    text = gitignore.read_text(encoding="utf-8") if _regular(gitignore).is_file() else ""
    if any(line.strip() in {IGNORE_ENTRY, FOLDER, f"/{FOLDER}/", f"/{FOLDER}"} for line in text.splitlines()):
        return f"{gitignore.name}: {IGNORE_ENTRY} already ignored"
    separator = "" if not text or text.endswith("\n") else "\n"
    write_atomically(gitignore, text + separator + IGNORE_ENTRY + "\n")
    return f"{gitignore.name}: added {IGNORE_ENTRY}"

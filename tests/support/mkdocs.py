"""Build generated pages with the real ``mkdocs build --strict`` (every link and
anchor must resolve), as a documentation site using repoagent would."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

MKDOCS_YML = """\
site_name: test
docs_dir: docs
strict: true
validation:
  omitted_files: warn
  absolute_links: warn
  unrecognized_links: warn
  anchors: warn
"""


def build_strict(root: Path, site: Path, pages: Iterable[str] = (), out: str = "repoagent") -> subprocess.CompletedProcess[str]:
    """Write ``root/mkdocs.yml`` listing ``pages`` (relative to ``docs/out``; none:
    mkdocs finds them) and build the site into ``site``."""
    nav = "".join(f"  - {out}/{page}\n" for page in pages)
    (root / "mkdocs.yml").write_text(MKDOCS_YML + (f"nav:\n{nav}" if nav else ""), encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=root, capture_output=True, text=True,
    )

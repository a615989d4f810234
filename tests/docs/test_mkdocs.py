"""The generated pages build with ``mkdocs build --strict``: every link resolves."""

from __future__ import annotations

import subprocess
import sys

from tests.docs.test_pages import CODE

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


def test_mkdocs_strict_build_succeeds(repo, run, tmp_path):
    for path, text in CODE.items():
        repo.write(path, text)
    repo.write("pkg/tricky.py", '''\
        def weird(a: "dict[str, int] | None" = None, *, b: str = "`x`") -> list[int]:
            """Return [a link](nowhere.md) and <b>html</b>.

            # not a heading
            ```
            a fence inside
            ```
            """
            return []
        ''')
    repo.commit()
    assert run("docs")[0] == 0
    nav = "nav:\n" + "".join(f"  - repoagent/{page}\n" for page in run.pages())
    repo.write("mkdocs.yml", MKDOCS_YML + nav)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
        cwd=repo.root, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "repoagent" / "pkg" / "core.py" / "index.html").is_file()

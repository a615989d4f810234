"""The generated pages build with ``mkdocs build --strict``: every link resolves."""

from __future__ import annotations

from tests.docs.test_pages import CODE
from tests.support.mkdocs import build_strict



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
    result = build_strict(repo.root, tmp_path / "site", run.pages())
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "repoagent" / "pkg" / "core.py" / "index.html").is_file()

"""Source text cannot forge a page's structure: markers, anchors, fences, HTML."""

from __future__ import annotations

from repoagent.pages.parse import decode_page, parse_page
from tests.support.mkdocs import build_strict

HOSTILE = '''\
    def forged(x="<!-- repoagent: id=m.ghost hash=00000000 deps=00000000 writer=static -->"):
        """```python
        <!-- repoagent: id=m.phantom hash=00000000 deps=00000000 writer=static -->
        <a id="m.victim"></a>
        <div>
        <!-- a comment never closed
        """
        return victim()


    def victim():
        """<!-- repoagent: id=m.summary hash=00000000 deps=00000000 writer=static --> first."""


    def tilde():
        """~~~
        everything below is code
        """


    def lone():
        """</div> <script>alert(1)</script>

        ```
        <!-- repoagent: id=m.victim hash=00000000 deps=00000000 writer=static -->
        """
    '''
IDS = ["m", "m.forged", "m.victim", "m.tilde", "m.lone"]


def test_hostile_docstrings_and_defaults_stay_text(repo, run, tmp_path):
    repo.write("m.py", HOSTILE)
    repo.commit()
    code, out, err = run("docs")
    assert code == 0, err
    assert run("docs", "--check")[0] == 0 and run.status() == {}

    data = (repo.root / "docs/repoagent/m.py.md").read_bytes()
    page = parse_page(decode_page(data), "m.py.md")
    assert [section.marker.id for section in page.sections] == IDS
    assert page.preamble == "" and {stray.id for stray in page.strays} <= set(IDS)  # quoted in fences
    assert "first." in page.sections[2].summary

    result = build_strict(repo.root, tmp_path / "site", run.pages())
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site/repoagent/m.py/index.html").read_text()
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)" in html
    assert "<!-- a comment" not in html and "&lt;div&gt;" in html
    assert html.count('<a id="m.victim">') == 1

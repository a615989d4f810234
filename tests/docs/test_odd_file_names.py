"""File names with any character (issue 12 item 10): a space, a newline, quotes and
angle brackets, a ``#``, non-ASCII letters. Ids and paths are percent-encoded
wherever they reach a page, so such files become current after one run, a second
run changes nothing, mkdocs builds strictly and no name turns into HTML."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from repoagent.names import quote_name, unquote_name
from repoagent.pages.markers import Marker, parse_marker
from repoagent.pages.parse import parse_page
from tests.docs.test_diagrams import MERMAID_LINE, diagram_in
from tests.support.mkdocs import build_strict

ODD = {
    "a b.py": "def f():\n    return g()\n\n\ndef g():\n    return 1\n",
    "new\nline.py": "def h():\n    return i()\n\n\ndef i():\n    return 2\n",
    'x"><b>y.py': "def k():\n    return 3\n",
    "ü.py": "def u():\n    return 4\n",
    "use_ü.py": "from ü import u\n\n\ndef call():\n    return u()\n",
    "web/a b#c.js": "export function k() { return 1; }\n",
    "web/use.js": 'import { k } from "./a b#c.js";\nexport function use() { return k(); }\n',
}
# A section's anchor on a rendered page: its id holds no quote, angle bracket or space.
ANCHOR_TAG = re.compile(r'<a id="[^"<>\s]+"></a>')


def test_odd_file_names_become_current_and_build_strictly(repo, run, tmp_path):
    for path, text in ODD.items():
        repo.write(path, text)
    repo.commit()
    assert run("docs")[0] == 0
    first = run.pages()
    assert run("docs", "--check")[0] == 0
    assert run("status")[1].startswith("docs are current")
    assert run("docs")[0] == 0
    assert run.pages() == first
    result = build_strict(repo.root, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    repo.add()
    assert run("docs", "--staged", "--check")[0] == 0

    page = run.page("a b.py")
    assert page.startswith("<!-- repoagent: id=a%20b hash=")
    assert '<a id="a%20b.f"></a>' in page and "[`a%20b.g`](#a%20b.g)" in page
    assert "(../use_%C3%BC.py.md#use_%C3%BC.call)" not in run.page("ü.py")  # non-ASCII letters stay as they are
    assert "[`use_ü.call`](use_ü.py.md#use_ü.call)" in run.page("ü.py")
    assert "[`web.a%20b%23c_js.k`](a%20b%23c.js.md#web.a%20b%23c_js.k)" in run.page("web/use.js")
    assert "- [`new%0Aline.py`](new%0Aline.py.md)" in run.page("index")
    for line in diagram_in(run.page("new\nline.py")):
        assert MERMAID_LINE.fullmatch(line), line


def test_a_link_shown_in_code_is_no_dangling_link(repo, run):
    """A docstring that shows link syntax in code (``[x](#id)``) is text: the page
    becomes current after one run, not rewritten by every run."""
    repo.write("show.py", 'def anchors():\n    """Find links (``[x](#id)``) and\n\n    ```\n    [y](#z)\n    ```\n    """\n')
    repo.commit()
    assert run("docs")[0] == 0
    first = run.pages()
    assert b"[x](#id)" in b"".join(first.values())
    assert run("status")[1].startswith("docs are current")
    assert run("docs")[0] == 0
    assert run.pages() == first


def test_no_file_name_turns_into_html_or_breaks_a_line(repo, run):
    for path, text in ODD.items():
        repo.write(path, text)
    repo.commit()
    assert run("docs")[0] == 0
    renderer = MarkdownIt("commonmark")
    for name, data in run.pages().items():
        text = data.decode("utf-8")
        html = renderer.render(text)
        assert not re.search(r"<b\b", html), name
        anchors = re.findall(r"<a id=[^>]*>", html)
        assert all(ANCHOR_TAG.fullmatch(tag + "</a>") for tag in anchors), (name, anchors)
        assert anchors or name == "index.md"
        headings = [line for line in text.splitlines() if line.startswith("#") and not line.startswith("#!")]
        assert all(line.count("`") in (0, 2) for line in headings), (name, headings)


def test_names_round_trip_and_ordinary_ids_read_as_before():
    for name in ("a b", "new\nline", 'x"><b>y', "ü", "a%20b", "pkg.mod.Class.run~2", "$q", "a:b#c", "x\u202ey", "bad\udcff"):
        assert unquote_name(quote_name(name)) == name
    assert quote_name("pkg.mod.Class.run~2") == "pkg.mod.Class.run~2"
    assert quote_name("x\u202ey") == "x%E2%80%AEy"  # a bidi control is not a letter
    marker = Marker("new\nline.h", "1", "2", "static", "my model")
    assert "\n" not in marker.render() and parse_marker(marker.render()[len("<!-- repoagent: "):-len(" -->")]) == marker
    # a marker an earlier version wrote, with its id as it was: the same id
    assert parse_marker("id=web.p_js.A.#priv hash=1 deps=2 writer=static").id == "web.p_js.A.#priv"


def test_pages_written_before_the_encoding_are_upgraded_once(repo, run, tmp_path):
    """A JavaScript private method ``#priv`` had a raw ``#`` in its anchor and links;
    the upgrade re-renders them encoded, keeps hand edits, and then rests."""
    repo.write("web/p.js", "class A {\n  #priv() { return 1; }\n  run() { return this.#priv(); }\n}\n")
    repo.write("web/q.js", "export function lone() { return 2; }\n")
    repo.commit()
    assert run("docs")[0] == 0
    clean = run.pages()
    folder = repo.root / "docs/repoagent/web"
    (folder / "p.js.md").write_text(_as_before_the_encoding(run.page("web/p.js")), encoding="utf-8")
    edited = (folder / "q.js.md").read_text(encoding="utf-8").replace("taking no arguments", "my own words")
    (folder / "q.js.md").write_text(edited, encoding="utf-8")
    # the class's text lists its members by their anchors: written again
    assert run.status() == {"web.p_js": "links-changed", "web.p_js.A": "changed",
                            "web.p_js.A.#priv": "links-changed", "web.p_js.A.run": "links-changed"}
    assert run("docs")[0] == 0
    assert run.pages()["web/p.js.md"] == clean["web/p.js.md"]
    assert "my own words" in run.page("web/q.js")
    assert run("docs", "--check")[0] == 0


def test_a_locked_section_of_an_earlier_version_gets_the_anchor_its_links_use(repo, run, tmp_path):
    repo.write("web/p.js", "class A {\n  #priv() { return 1; }\n  run() { return this.#priv(); }\n}\n")
    repo.commit()
    assert run("docs")[0] == 0
    old = _as_before_the_encoding(run.page("web/p.js"))
    old = old.replace("writer=static -->\n<a id=\"web.p_js.A.#priv\"></a>", "writer=static lock -->\n<a id=\"web.p_js.A.#priv\"></a>")
    (repo.root / "docs/repoagent/web/p.js.md").write_text(old.replace("Method `#priv`", "Mine"), encoding="utf-8")
    assert run.status()["web.p_js.A.#priv"] == "links-changed"
    assert run("docs")[0] == 0
    page = run.page("web/p.js")
    assert "lock -->\n<a id=\"web.p_js.A.%23priv\"></a>" in page and "Mine" in page
    assert run("docs", "--check")[0] == 0
    assert build_strict(repo.root, tmp_path / "site").returncode == 0


def _as_before_the_encoding(text: str) -> str:
    """The page as the previous version wrote it: ``#`` raw in markers, anchors and
    links, each section signed with the hash of its text as written then."""
    page = parse_page(text, "page")
    sections = []
    for section in page.sections:
        after = section.after_marker.replace("%23", "#35;" if section.diagram else "#")  # Mermaid's entity then
        sections.append(section.marker.signed(after).render().replace("%23", "#") + "\n" + after)
    return page.preamble + "".join(sections)


def test_a_link_between_pages_is_the_path_relpath_gives() -> None:
    """Links are made by string work (:func:`~repoagent.pages.layout.relative_path`):
    for every shape of page path git can list, the same path ``posixpath.relpath``
    gives, a file beside a folder of its name and odd characters included."""
    import posixpath
    import random

    from repoagent.pages.layout import relative_path

    parts = ["a", "b", "a b", "ü", "x.py.md", "..a", ".hidden", "a#b", "index.md"]
    chance = random.Random(12)
    paths = ["/".join(chance.choice(parts) for _ in range(chance.randint(1, 4))) for _ in range(400)]
    for target in paths:
        for source in chance.sample(paths, 20) + [target, "index.md"]:
            folder = source.rpartition("/")[0]
            assert relative_path(target, folder) == posixpath.relpath(target, folder or "."), (target, source)


def test_a_folder_named_like_a_page_stops_the_run_before_anything_is_written(repo, run):
    """``pkg/mod.py`` beside a folder of code ``pkg/mod.py.md/`` (or a folder
    ``index.md/``): the pages of one went where the other's file is, so the run wrote
    some pages, then failed on the file where a folder goes."""
    repo.write("pkg/mod.py", "def f():\n    return 1\n")
    repo.write("pkg/mod.py.md/y.py", "def g():\n    return 2\n")
    repo.commit()
    for command in ("docs", "status"):
        code, _, err = run(command)
        assert code == 2 and err.count("\n") == 1, err
        assert "pkg/mod.py.md/y.py: its page would go under pkg/mod.py.md/, which is the page of pkg/mod.py" in err
    assert not (repo.root / "docs").exists()
    (repo.root / "pkg/mod.py.md/y.py").rename(repo.root / "pkg/y.py")
    repo.write("index.md/x.py", "def h():\n    return 3\n")
    code, _, err = run("docs")
    assert code == 2 and "index.md/x.py: its page would go under index.md/, which is the page of the index" in err
    assert not (repo.root / "docs").exists()

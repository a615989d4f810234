"""The shipped section and index templates written out in Python
(:func:`shipped_section`, :func:`shipped_index`): the same text as jinja2 renders
from the shipped files, for every shape of section and index; used only while the
repository does not override the template and the shipped file is the one it was
written from."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from repoagent.errors import UsageError
from repoagent.hashing import content_hash
from repoagent.pages.render import (
    SHIPPED_DIGESTS, IndexEntry, Link, Renderer, SectionView, package_tree, shipped_index, shipped_section,
)
from repoagent.pages.markers import index_marker
from repoagent.templating import environment
from repoagent.workspace import SHIPPED_TEMPLATES, TEMPLATES_FOLDER

TEXTS = ["", "x", "a.b.C.method", "Body.\n", "Two\n\nparagraphs\n\n\n", "  indented\n", "{{ marker }} {% raw %}",
         "under_score~2", "%20odd%0Aname", "line\r\nbreaks", "`tick`", "\n"]


def _links(rng: random.Random, one_of: bool) -> list[Link]:
    return [Link(rng.choice(TEXTS), rng.choice(TEXTS), rng.choice(["", "one of 3 on line 12"]) if one_of else "")
            for _ in range(rng.choice([0, 0, 1, 2, 5]))]


def test_the_python_section_is_what_jinja2_renders_from_the_shipped_template() -> None:
    template = environment(None).get_template("section.md.j2")
    rng = random.Random(17)
    for _ in range(2000):
        view = SectionView(rng.choice(TEXTS), rng.choice(TEXTS), rng.randint(1, 6), rng.choice(TEXTS),
                           rng.choice(["function", "class", "module"]), rng.choice(TEXTS), _links(rng, True),
                           _links(rng, False), rng.choice(["", "", "graph LR\n  a --> b", "x\n"]))
        assert shipped_section(view).rstrip() == template.render(**view._asdict()).rstrip(), view


def test_the_python_index_is_what_jinja2_renders_from_the_shipped_template() -> None:
    template = environment(None).get_template("index.md.j2")
    rng = random.Random(17)
    folders = ["", "pkg/", "pkg/sub/", "a b/", "other/"]
    for _ in range(500):
        sources = sorted({rng.choice(folders) + rng.choice(["m.py", "__init__.py", "x.js", "é.py"])
                          for _ in range(rng.choice([0, 1, 3, 8]))})
        entries = [IndexEntry(source, source + ".md", rng.choice(["", "Does things.", "{{ x }}"])) for source in sources]
        diagram = rng.choice(["", "graph LR\n  a --> b"])
        tree = package_tree(entries)
        assert shipped_index(tree, diagram).rstrip() == template.render(pages=entries, tree=tree, diagram=diagram).rstrip()
        assert Renderer(Path("/nonexistent")).index(entries, diagram).startswith("<!-- repoagent: index body=")


def test_the_python_templates_stand_for_these_shipped_files_only() -> None:
    # Editing a shipped template makes this fail: write the edit in its Python twin too, then the digest.
    for name, digest in SHIPPED_DIGESTS.items():
        assert content_hash((SHIPPED_TEMPLATES / name).read_bytes()) == digest, name


def test_an_overridden_template_renders_by_jinja2(tmp_path: Path) -> None:
    view = SectionView("<!-- m -->", "a", 2, "a", "function", "Body.", [Link("b", "b.md#b")], [])
    plain = tmp_path / "plain"
    plain.mkdir()
    assert Renderer(plain).section(view) == shipped_section(view)
    overridden = tmp_path / "overridden"
    (overridden / TEMPLATES_FOLDER).mkdir(parents=True)
    (overridden / TEMPLATES_FOLDER / "section.md.j2").write_text("{{ marker }}\n# {{ title }} by hand\n\n{{ body }}\n")
    assert Renderer(overridden).section(view) == "<!-- m -->\n# a by hand\n\nBody."
    linked = tmp_path / "linked"
    (linked / TEMPLATES_FOLDER).mkdir(parents=True)
    (linked / TEMPLATES_FOLDER / "section.md.j2").symlink_to(overridden / TEMPLATES_FOLDER / "section.md.j2")
    with pytest.raises(UsageError, match="leads outside"):  # as jinja2's loader refuses it, not the shipped one
        Renderer(linked).section(view)
    (overridden / TEMPLATES_FOLDER / "index.md.j2").write_text("{% for page in pages %}{{ page.source }} {% endfor %}")
    assert Renderer(overridden).index([IndexEntry("a.py", "a.py.md", "")]) == index_marker("a.py\n") + "\na.py\n"

"""The pages record: a plan after a small change reads only the pages it touches and
compares only the sections near the change, and finds exactly what a plan without
the record finds, whatever the record holds."""

from __future__ import annotations

import os
import time
from pathlib import Path

import msgpack
import pytest

from repoagent.config import load_settings
from repoagent.docs import Plan, apply, plan, replan
from repoagent.errors import UsageError
from repoagent.pages import record, update
from repoagent.pages.markers import index_marker
from repoagent.workspace import Workspace
from repoagent.writers.static import StaticWriter
from tests.support.git_repo import GitRepo

FILES = {
    "pkg/a.py": "from pkg.b import helper\n\n\ndef run():\n    return helper()\n",
    "pkg/b.py": "def helper():\n    return 1\n\n\ndef spare():\n    return 2\n",
    "pkg/c.py": "def alone():\n    return 3\n",
    "pkg/d.py": "def other():\n    return 4\n",
}


def _documented(repo: GitRepo) -> None:
    for path, text in FILES.items():
        repo.write(path, text)
    repo.commit()
    from repoagent.run import Mode, View, run

    run(repo.root, load_settings(repo.root), View(), Mode.WRITE)
    _age_pages(repo)
    plan(repo.root, load_settings(repo.root))  # records the pages, now old enough to vouch for


def _age_pages(repo: GitRepo) -> None:
    """Pages written a while ago (a fresh file's stat cannot vouch for it: racy)."""
    past = time.time() - 60
    for page in (repo.root / "docs/repoagent").rglob("*.md"):
        os.utime(page, (past, past))


def _verdict(found: Plan) -> tuple:
    return ([(c.id, c.reason, c.path, c.previous) for c in found.changes], found.index_stale,
            [(s.marker.id, s.page, s.line) for s in found.edited], len(found.sections))


def _without_record(repo: GitRepo) -> Plan:
    Workspace(repo.root).pages_record.unlink(missing_ok=True)
    return plan(repo.root, load_settings(repo.root))


def test_a_plan_reads_only_the_pages_a_change_touches(tmp_path: Path) -> None:
    repo = GitRepo.init(tmp_path / "repo")
    _documented(repo)
    nothing = plan(repo.root, load_settings(repo.root))
    assert not nothing.stale and nothing.pages.read == set()
    repo.write("pkg/b.py", FILES["pkg/b.py"].replace("return 2", "return 5"))  # spare's body: b's page alone
    one = plan(repo.root, load_settings(repo.root))
    assert [(c.id, c.reason) for c in one.changes] == [("pkg.b.spare", "changed")]
    assert one.pages.read == {"pkg/b.py.md"}
    repo.write("pkg/b.py", FILES["pkg/b.py"].replace("def helper():", "def helper(x=0):"))  # a's links and deps too
    signature = plan(repo.root, load_settings(repo.root))
    assert {c.id for c in signature.changes} == {"pkg.b", "pkg.b.helper", "pkg.a.run"}
    assert signature.pages.read == {"pkg/a.py.md", "pkg/b.py.md"}
    assert _verdict(signature) == _verdict(_without_record(repo))


def test_a_replan_after_writing_starts_from_the_record_its_plan_stored(tmp_path: Path) -> None:
    repo = GitRepo.init(tmp_path / "repo")
    _documented(repo)
    settings = load_settings(repo.root)
    repo.write("pkg/b.py", FILES["pkg/b.py"].replace("def helper():", "def helper(x=0):"))
    found = plan(repo.root, settings)
    assert found.recorded == record.load(repo.root, record.record_key(repo.root, settings))
    assert found.keys == record.graph_keys(found.graph)
    apply(found, StaticWriter(), jobs=1)
    again = replan(found, settings)
    assert again.documented is found.documented  # the keys, and the documented keys made of them, reused
    assert not again.stale and again.recorded == record.load(repo.root, record.record_key(repo.root, settings))
    fresh = _without_record(repo)
    assert _verdict(again) == _verdict(fresh) and again.recorded.files == fresh.recorded.files


def test_documented_keys_are_made_again_for_another_set_of_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    from repoagent.docs import DocumentedKeys

    made: list[tuple[str, ...]] = []
    documented_key = record.documented_key
    monkeypatch.setattr(record, "documented_key", lambda around, ids: made.append(around) or documented_key(around, ids))
    keys = DocumentedKeys({"a.py": record.Neighbourhood("k", ("a", "b"), ("a.py", "b.py"))})
    first = keys("a.py", {"a", "b"})
    assert keys("a.py", {"a", "b"}) == first and len(made) == 1  # an equal set: made once
    assert keys("a.py", {"a"}) == documented_key(("a", "b"), {"a"}) != first and len(made) == 2
    assert keys("a.py", {"a", "b"}) == first and len(made) == 3


def test_the_index_is_not_rendered_again_when_the_plan_saw_it_show_the_same_listing(tmp_path: Path, monkeypatch) -> None:
    repo = GitRepo.init(tmp_path / "repo")
    _documented(repo)
    index = repo.root / "docs/repoagent/index.md"
    before = index.read_bytes()
    rendered, listed = [], []
    index_text, index_listing = update.index_text, update.index_listing
    monkeypatch.setattr(update, "index_text", lambda *args: rendered.append(1) or index_text(*args))
    monkeypatch.setattr(update, "index_listing", lambda *args: listed.append(1) or index_listing(*args))

    def applied(path: str, text: str) -> tuple[int, int, int]:
        """Renders of the index by the plan and by apply after ``path`` becomes ``text``,
        and listings of what it must show made by apply."""
        rendered.clear()
        listed.clear()
        repo.write(path, text)
        found = plan(repo.root, load_settings(repo.root))
        planned = len(rendered)
        apply(found, StaticWriter(), jobs=1)
        return planned, len(rendered) - planned, len(listed)

    # A function's body: no page made, no module summary changed: apply does not even list.
    assert applied("pkg/b.py", FILES["pkg/b.py"].replace("return 2", "return 5")) == (0, 0, 0)
    assert index.read_bytes() == before
    # The plan sees the index as it must be before the writer runs; the module's new
    # summary changes what it must show: apply lists and renders it.
    assert applied("pkg/c.py", '"""Alone."""\n' + FILES["pkg/c.py"]) == (0, 1, 1)
    assert index.read_bytes() != before and b"Alone." in index.read_bytes()
    _age_pages(repo)
    plan(repo.root, load_settings(repo.root))
    assert applied("pkg/e.py", "def new():\n    return 6\n") == (0, 1, 1)  # a page made: one more entry
    assert b"pkg/e.py" in index.read_bytes()
    _age_pages(repo)
    plan(repo.root, load_settings(repo.root))
    os.utime(index)  # changed just now: its stat cannot vouch for the bytes the plan reads
    assert applied("pkg/b.py", FILES["pkg/b.py"].replace("return 2", "return 7")) == (1, 1, 1)
    assert _verdict(plan(repo.root, load_settings(repo.root))) == _verdict(_without_record(repo))


def test_a_hand_edit_is_seen_through_the_record(tmp_path: Path) -> None:
    repo = GitRepo.init(tmp_path / "repo")
    _documented(repo)
    page = repo.root / "docs/repoagent/pkg/c.py.md"
    lines = page.read_text(encoding="utf-8").split("\n")
    heading = max(n for n, line in enumerate(lines) if line.startswith("#"))  # the last section's (alone's) heading
    page.write_text("\n".join(lines[: heading + 1] + ["", "Mine."] + lines[heading + 1 :]), encoding="utf-8")
    found = plan(repo.root, load_settings(repo.root))
    assert [s.marker.id for s in found.edited] == ["pkg.c.alone"] and found.pages.read == {"pkg/c.py.md"}
    assert _verdict(found) == _verdict(_without_record(repo))


@pytest.mark.parametrize("onto", ["pkg/a.py.md", "pkg/d.py.md"])  # a page listed before c's, and one after
def test_a_section_copied_onto_another_page_stops_the_run_with_or_without_the_record(tmp_path: Path, onto: str) -> None:
    """c's file is settled (its page as recorded), so its page is set aside; the copy
    on another page is still a second section for the id, refused with both pages
    named as without the record, and no page is touched."""
    repo = GitRepo.init(tmp_path / "repo")
    _documented(repo)
    folder = repo.root / "docs/repoagent"
    source = (folder / "pkg/c.py.md").read_text(encoding="utf-8")
    copied = source[source.index("<!-- repoagent: id=pkg.c.alone "):]
    target = folder / onto
    target.write_text(target.read_text(encoding="utf-8") + "\n" + copied, encoding="utf-8")
    before = {p: p.read_bytes() for p in folder.rglob("*.md")}
    errors = []
    for planned in (lambda: plan(repo.root, load_settings(repo.root)), lambda: _without_record(repo)):
        with pytest.raises(UsageError) as refused:
            planned()
        errors.append(str(refused.value))
    assert errors[0] == errors[1] and "a second section for pkg.c.alone" in errors[0]
    assert sorted(("docs/repoagent/" + name) in errors[0] for name in ("pkg/c.py.md", onto)) == [True, True]
    assert {p: p.read_bytes() for p in folder.rglob("*.md")} == before


def test_a_record_that_is_not_what_repoagent_writes_is_no_record(tmp_path: Path) -> None:
    repo = GitRepo.init(tmp_path / "repo")
    _documented(repo)
    settings = load_settings(repo.root)
    stored = Workspace(repo.root).pages_record
    key = record.record_key(repo.root, settings)
    repo.write("pkg/b.py", FILES["pkg/b.py"].replace("def helper():", "def helper(x=0):"))
    reference = _verdict(_without_record(repo))
    _age_pages(repo)
    plan(repo.root, settings)
    genuine = stored.read_bytes()
    _, pages, files, index = msgpack.unpackb(genuine)
    # The page of b lists a section the page does not have, its stat still matching.
    forged_pages = dict(pages)
    stat, packed = pages["pkg/b.py.md"]
    count, ids, hashes, deps, writers, summaries, models, bodies, locks, edited, lines, strays = msgpack.unpackb(packed)
    forged_pages["pkg/b.py.md"] = [stat, msgpack.packb(
        [count + 1, ids + "\0pkg.b.ghost", "0000" + hashes[hashes.index("\0"):] + "\0" + hashes.split("\0")[0],
         deps + "\0" + deps.split("\0")[0], writers + "\0" + writers.split("\0")[0], summaries + "\0",
         [*models, None], [*bodies, None], locks + "0", edited + "0", lines + lines[:8], strays])]

    def page(*columns: object) -> bytes:
        """The page of d (untouched: its facts are trusted), its stat matching, spelled with ``columns``."""
        return msgpack.packb([key, {**pages, "pkg/d.py.md": [pages["pkg/d.py.md"][0], msgpack.packb(list(columns))]},
                              files, index])

    forgeries = [
        b"\x00garbage",
        msgpack.packb([key, "not", "a", "record"]),
        msgpack.packb([key, {"pkg/b.py.md": [[1, 2, 3], packed]}, {}, index]),
        msgpack.packb([key, {**pages, "pkg/b.py.md": [stat, b"\xc1"]}, files, index]),
        page(2, "pkg.d", "h", "d", "static", "s", [None], [None], "0", "0", lines[:8], []),  # columns a section short
        page(1, "pkg.d", "h", "d", "static", "s", [1], [None], "0", "0", lines[:8], []),  # a model not a string
        page(1, "pkg.d", "h", "d", "static", "s", [None], [None], "2", "0", lines[:8], []),  # a flag neither 0 nor 1
        page(1, "pkg.d", "h", "d", "static", "s", [None], [None], "0", "0", lines[:7], []),  # a line cut short
        page(1, "pkg.d", "h", "d", "static", 7, [None], [None], "0", "0", lines[:8], []),  # a summary not a string
        # Columns a page set aside never makes sections of: checked when the record is read all the same.
        page(1, "pkg.d", "h\0h", "d", "static", "s", [None], [None], "0", "0", lines[:8], []),  # a hash too many
        page(2, "pkg.d\0pkg.d.other", "h\0h", "d\0d", "static\0static", "s", [None, None], [None, None], "00", "00",
             lines[:8] * 2, []),  # a summary short
        page(1, "pkg.d", "h", "d", "static", "s", [None], [b"body"], "0", "0", lines[:8], []),  # a body of bytes
        page(-1, "", "", "", "", "", [], [], "", "", b"", []),  # fewer than no sections
        page(True, "pkg.d", "h", "d", "static", "s", [None], [None], "0", "0", lines[:8], []),  # a count not a number
        msgpack.packb([key, pages, files, [index[0], index[1], "yes"]]),
    ]
    for forged in forgeries:
        stored.write_bytes(forged)
        assert record.load(repo.root, key) is None
        assert _verdict(plan(repo.root, settings)) == reference
    # Whole, but not what the page holds: found when the page is read (StaleFacts), the plan made again.
    stored.write_bytes(msgpack.packb([key, forged_pages, files, index]))
    assert _verdict(plan(repo.root, settings)) == reference


def test_the_index_is_checked_again_when_its_file_or_its_listing_changes(tmp_path: Path) -> None:
    repo = GitRepo.init(tmp_path / "repo")
    _documented(repo)
    index = repo.root / "docs/repoagent/index.md"
    assert not plan(repo.root, load_settings(repo.root)).index_stale  # from the record: nothing rendered
    body = index.read_text().partition("\n")[2].replace("pkg", "PKG", 1)
    index.write_text(index_marker(body) + "\n" + body)  # an index of another listing, as repoagent writes one
    assert plan(repo.root, load_settings(repo.root)).index_stale
    index.unlink()
    assert plan(repo.root, load_settings(repo.root)).index_stale and _without_record(repo).index_stale


@pytest.mark.parametrize("mode", ["STATUS", "WRITE"])
def test_a_staged_run_walks_the_pages_once_per_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    """The stamp's key and the plan's pages store share one walk of the pages (and so
    do the key and the plan made again after writing)."""
    from repoagent.run import Mode, View, run

    repo = GitRepo.init(tmp_path / "repo")
    _documented(repo)
    repo.write("pkg/a.py", FILES["pkg/a.py"] + "\n\ndef more():\n    return run()\n")
    repo.git("add", "-A")
    out = str(repo.root / "docs/repoagent")
    walks: list[str] = []
    scandir = os.scandir
    monkeypatch.setattr(os, "scandir", lambda path=".": walks.append(os.fspath(path)) or scandir(path))

    report = run(repo.root, load_settings(repo.root), View(staged=True), Mode[mode])

    assert report.plan is not None and report.plan.stale
    assert walks.count(out) == (1 if mode == "STATUS" else 2)


def test_the_record_gives_back_the_facts_it_kept_and_leaves_out_a_page_it_cannot_spell(tmp_path: Path) -> None:
    from repoagent.pages.lazy import PageFacts, SectionFacts
    from repoagent.pages.markers import Marker
    from repoagent.pages.parse import Stray

    kept = PageFacts((1, 2, 3, 4), (SectionFacts(Marker("m", "h", "", "llm", "gpt", True, "b"), 3, False, "A module."),
                                    SectionFacts(Marker("m.f", "h2", "d", "static"), 9, True, "")), (Stray(12, "m.g", 10),))
    empty = PageFacts(None, (), ())
    nul = PageFacts(None, (SectionFacts(Marker("m.f", "h", "d", "static"), 1, False, "a\0b"),), ())  # would not split back
    Workspace(tmp_path).ensure()
    assert record.save(tmp_path, "key", record.Record({"a.md": kept, "b.md": empty, "c.md": nul}, {}))
    loaded = record.load(tmp_path, "key")
    assert loaded is not None and loaded.pages == {"a.md": kept, "b.md": empty}
    assert [type(s.marker) for s in loaded.pages["a.md"].sections] == [Marker, Marker]


def test_the_index_listing_asks_no_page_the_plan_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = GitRepo.init(tmp_path / "repo")
    _documented(repo)
    asked: list[Path] = []
    is_file = Path.is_file
    monkeypatch.setattr(Path, "is_file", lambda self: asked.append(self) or is_file(self))
    found = plan(repo.root, load_settings(repo.root))
    assert not found.index_stale and not [path for path in asked if path.name.endswith(".py.md")]


def test_the_record_makes_only_the_sections_a_plan_asks_for_and_tells_the_rest_from_its_columns(tmp_path: Path) -> None:
    repo = GitRepo.init(tmp_path / "repo")
    _documented(repo)
    settings = load_settings(repo.root)
    stored = Workspace(repo.root).pages_record
    _, pages, files, index = msgpack.unpackb(stored.read_bytes())
    stat, packed = pages["pkg/b.py.md"]
    columns = msgpack.unpackb(packed)
    columns[5] = "B.\0Helps.\0Spares."  # summaries, each its own: a wrong place would read another's
    columns[9] = "001"  # spare edited by hand
    pages["pkg/b.py.md"] = [stat, msgpack.packb(columns)]
    stored.write_bytes(msgpack.packb([record.record_key(repo.root, settings), pages, files, index]))
    loaded = record.load(repo.root, record.record_key(repo.root, settings))
    assert loaded is not None
    for facts in loaded.pages.values():
        lazy = [facts.summary(number) for number in range(len(facts.ids))]
        assert facts._sections is None  # nothing made yet
        assert lazy == [s.summary for s in facts.sections]
        assert facts.ids == [s.marker.id for s in facts.sections] and facts.edited == any(s.edited for s in facts.sections)
    b = loaded.pages["pkg/b.py.md"]
    assert [b.summary(n) for n in range(3)] == ["B.", "Helps.", "Spares."] and b.edited
    repo.write("pkg/c.py", FILES["pkg/c.py"].replace("return 3", "return 6"))
    found = plan(repo.root, settings)
    assert [(c.id, c.reason) for c in found.changes] == [("pkg.c.alone", "changed")]
    assert {name for name, facts in found.pages.facts.items() if facts._sections is not None} == {"pkg/b.py.md", "pkg/c.py.md"}
    assert [(s.marker.id, s.page) for s in found.edited] == [("pkg.b.spare", "pkg/b.py.md")]
    assert found.sections.summary("pkg.b.helper") == "Helps." and found.sections.summary("pkg.b") == "B."


def test_a_staged_run_that_writes_stores_only_the_record_of_its_plan_after_writing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from repoagent.run import Mode, View, run

    repo = GitRepo.init(tmp_path / "repo")
    _documented(repo)
    settings = load_settings(repo.root)
    key = record.record_key(repo.root, settings)
    saved: list[record.Record] = []
    save = record.save
    monkeypatch.setattr(record, "save", lambda root, key, seen: saved.append(seen) or save(root, key, seen))
    repo.write("pkg/b.py", FILES["pkg/b.py"].replace("def helper():", "def helper(x=0):"))
    repo.add()
    assert run(repo.root, settings, View(staged=True), Mode.WRITE).stale
    assert len(saved) == 1 and record.load(repo.root, key) == saved[0]  # the plan after writing's, not the one before
    assert saved[0].files["pkg/b.py"].current and saved[0].files["pkg/a.py"].current
    again = plan(repo.root, settings, staged=True)
    assert not again.stale and again.pages.read == {"pkg/a.py.md", "pkg/b.py.md"}  # their stats were too recent
    _age_pages(repo)
    saved.clear()
    plan(repo.root, settings, staged=True)  # stores the pages' stats, old enough now
    assert len(saved) == 1
    saved.clear()
    _age_pages(repo)  # new stats: a record to store
    repo.write("notes.txt", "not code\n")  # a new index: no stamp answers
    repo.add()
    assert not run(repo.root, settings, View(staged=True), Mode.WRITE).stale  # nothing to write: stores its plan's own
    assert len(saved) == 1 and record.load(repo.root, key) == saved[0]
    assert _verdict(plan(repo.root, settings, staged=True)) == _verdict(_without_record(repo))


@pytest.mark.parametrize("around", [(), ("",), ("", ""), ("a",), ("a", ""), ("a\0b",), ("a", "b\0"), ("\0",), ("x", "y", "z")])
def test_ids_around_a_file_that_would_not_split_back_lend_no_neighbourhood(around: tuple[str, ...]) -> None:
    facts = record.FileFacts("k", "d", True, "c", "group", around, ())
    encoded = record._encode_file(facts)
    assert (encoded[4] == "group") == (record._split(encoded[5]) == around)


def test_the_index_diagram_is_drawn_again_only_when_its_components_or_pages_change(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from repoagent import docs

    repo = GitRepo.init(tmp_path / "repo")
    _documented(repo)
    settings = load_settings(repo.root)
    drawn: list[str] = []
    draw = docs.dependency_diagram
    monkeypatch.setattr(docs, "dependency_diagram", lambda graph, paths: drawn.append("drawn") or draw(graph, paths))
    repo.write("pkg/c.py", FILES["pkg/c.py"].replace("def alone():", "\n\ndef alone():"))  # lines move: the same edges
    moved = plan(repo.root, settings)
    assert not drawn and moved.index is not None and moved.index.diagram_key
    assert "pkg.a" in moved.index.diagram and _verdict(moved) == _verdict(_without_record(repo))
    _age_pages(repo)
    plan(repo.root, settings)
    drawn.clear()
    repo.write("pkg/c.py", "from pkg.d import other\n\n\ndef alone():\n    return other()\n")  # a new module pair
    found = plan(repo.root, settings)
    assert drawn == ["drawn"] and found.index is not None and "pkg.d" in found.index.diagram
    without = _without_record(repo)
    assert _verdict(found) == _verdict(without) and found.index.diagram == without.index.diagram
    assert found.index_stale  # the index shows the old diagram


def test_an_edit_that_changes_what_the_resolver_reads_makes_only_the_neighbourhoods_whose_edges_changed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = GitRepo.init(tmp_path / "repo")
    repo.write("pkg/e.py", "from pkg.b import spare\n\n\ndef last():\n    return spare()\n")  # a's component, not a's neighbour
    _documented(repo)
    settings = load_settings(repo.root)
    lent: list[set[str]] = []
    recorded = record._recorded_neighbourhoods
    monkeypatch.setattr(record, "_recorded_neighbourhoods",
                        lambda graph, last: lent.append(set(found := recorded(graph, last))) or found)
    # A new local name in a.py: its component is solved again, with the same edges.
    repo.write("pkg/a.py", FILES["pkg/a.py"].replace("    return helper()", "    limit = 2\n    return helper()"))
    found = plan(repo.root, settings)
    assert lent[-1] == {"pkg/c.py", "pkg/d.py", "pkg/e.py"}  # not a.py, nor b.py, which reads a.py
    assert _verdict(found) == _verdict(_without_record(repo))

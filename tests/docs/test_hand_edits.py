"""Hand edits and locked sections: kept, reported as `edited`, carried by a rename."""

from __future__ import annotations

import json
import re

CODE = '''\
    def base(x: int) -> int:
        """Double x."""
        return x * 2


    def other() -> int:
        return base(2)
    '''


def generate(repo, run) -> None:
    repo.write("m.py", CODE)
    repo.commit("code")
    code, _, err = run("docs")
    assert code == 0, err


def page_path(repo):
    return repo.root / "docs/repoagent/m.py.md"


def edit_page(repo, old: str, new: str) -> None:
    text = page_path(repo).read_text()
    assert old in text
    page_path(repo).write_text(text.replace(old, new, 1))


def test_a_hand_edit_is_kept_and_reported_until_it_is_undone(repo, run):
    generate(repo, run)
    pristine = page_path(repo).read_text()
    edit_page(repo, "Double x.\n", "Doubles x; see the design notes.\n")
    repo.write("m.py", CODE.replace("x * 2", "x + x"))

    line = next(n for n, text in enumerate(pristine.splitlines(), 1) if "id=m.base " in text)
    code, out, _ = run("status", "--json")
    report = json.loads(out)
    edited = {"id": "m.base", "page": "m.py.md", "line": line, "code_changed": True}
    assert report["stale"] == [] and report["edited"] == [edited]
    code, out, _ = run("status")
    assert re.search(rf"^edited +m\.base +docs/repoagent/m\.py\.md:{line}  \(its code changed since; review the text\)$",
                     out, re.MULTILINE)
    assert out.rstrip().endswith("1 edited by hand, kept (1 whose code changed since)")

    code, out, _ = run("docs")
    assert code == 0 and "Doubles x; see the design notes." in page_path(repo).read_text()
    assert out.rstrip().endswith("1 edited by hand, kept (1 whose code changed since)")
    assert run("docs", "--check")[0] == 0  # an edited section is not stale

    repo.write("m.py", CODE)  # the code as the section was written for
    assert json.loads(run("status", "--json")[1])["edited"] == [{**edited, "code_changed": False}]
    assert run("status")[1].rstrip().endswith("; 1 edited by hand, kept")
    repo.write("m.py", CODE.replace("x * 2", "x + x"))

    page_path(repo).write_text(pristine)  # the edit undone: repoagent's text again, and stale
    assert run.status() == {"m.base": "changed"}
    run("docs")
    assert run.status() == {} and "edited" not in run("status")[1]


def test_a_deleted_edited_section_is_written_again(repo, run):
    generate(repo, run)
    edit_page(repo, "Double x.\n", "Mine.\n")
    text = page_path(repo).read_text()
    start = text.index("<!-- repoagent: id=m.base ")
    page_path(repo).write_text(text[:start] + text[text.index("<!-- repoagent: id=m.other "):])
    assert run.status() == {"m.base": "new"}
    run("docs")
    assert "Double x." in page_path(repo).read_text() and "Mine." not in page_path(repo).read_text()


def test_tidied_whitespace_is_no_edit(repo, run):
    generate(repo, run)
    text = page_path(repo).read_text()
    page_path(repo).write_bytes(text.replace("\n", "  \r\n").encode() + b"\r\n\r\n")
    assert json.loads(run("status", "--json")[1])["edited"] == []


def test_a_page_checked_out_with_crlf_keeps_one_diagram(repo, run):
    """core.autocrlf gives a page CRLF line endings: the module's diagram, read with a
    carriage return on each line, was not found and so was drawn a second time."""
    generate(repo, run)
    pristine = page_path(repo).read_text()
    assert pristine.count("```mermaid") == 1
    page_path(repo).write_bytes(pristine.replace("\n", "\r\n").encode())
    assert run.status() == {}
    code, _, err = run("docs")
    assert code == 0, err
    assert page_path(repo).read_text().count("```mermaid") == 1
    assert page_path(repo).read_bytes().replace(b"\r\n", b"\n").decode() == pristine


def test_a_page_saved_with_a_byte_order_mark_is_still_read(repo, run):
    """An editor that writes a UTF-8 byte order mark put it before the first marker:
    the run stopped with "the section of m has lost its marker line", which it had not."""
    generate(repo, run)
    pristine = page_path(repo).read_bytes()
    page_path(repo).write_bytes(b"\xef\xbb\xbf" + pristine)
    assert run.status() == {}
    repo.write("m.py", CODE.replace("x * 2", "x + x"))
    code, _, err = run("docs")
    assert code == 0, err
    written = page_path(repo).read_bytes()
    assert written.startswith(b"\xef\xbb\xbf<!-- repoagent: id=m ") and written.count(b"\xef\xbb\xbf") == 1


def test_markers_without_a_body_hash_count_as_repoagents_own(repo, run):
    generate(repo, run)
    text = page_path(repo).read_text()
    page_path(repo).write_text(re.sub(r" body=[0-9a-f]{8}", "", text).replace("Double x.\n", "Old text.\n"))
    repo.write("m.py", CODE.replace("x * 2", "x + x"))
    assert run.status() == {"m.base": "changed"}
    run("docs")
    assert "Old text." not in page_path(repo).read_text()
    assert re.search(r"id=m\.base [^>]* body=[0-9a-f]{8} writer=static -->", page_path(repo).read_text())


def test_renamed_locked_and_edited_sections_keep_their_text(repo, run):
    generate(repo, run)
    edit_page(repo, "writer=static -->\n<a id=\"m.base\">", "writer=static lock -->\n<a id=\"m.base\">")
    edit_page(repo, "Double x.\n", "Locked words.\n")
    edit_page(repo, "Function `other` taking no arguments", "Edited words about other")
    repo.write("m.py", CODE.replace("def other", "def another"))
    assert run.status() == {"m": "changed", "m.another": "moved"}
    assert run("docs")[0] == 0
    repo.write("m.py", CODE.replace("def other", "def another").replace("base", "twice"))
    assert run.status() == {"m": "changed", "m.twice": "moved"}  # m.another is edited: kept

    code, out, err = run("docs")
    assert code == 0, err
    text = page_path(repo).read_text()
    assert re.search(r"<!-- repoagent: id=m\.twice [^>]*writer=static lock -->\n<a id=\"m\.twice\"></a>", text)
    assert "Locked words." in text and "Edited words about other" in text and '<a id="m.another"></a>' in text
    assert '<a id="m.base">' not in text and '<a id="m.other">' not in text
    assert run.status() == {}
    assert [entry["id"] for entry in json.loads(run("status", "--json")[1])["edited"]] == ["m.another"]


def test_edited_and_locked_text_whose_code_changed_moves_with_a_renamed_file(repo, run):
    """A kept section records the code repoagent last wrote it for: once that code
    changed, only its place in the module finds it again after its file is renamed."""
    repo.write("m.py", CODE + "\n\nclass Box:\n    def top(self):\n        return 1\n")
    repo.commit("code")
    assert run("docs")[0] == 0
    edit_page(repo, "Double x.\n", "Doubles x; see the design notes.\n")
    edit_page(repo, 'writer=static -->\n<a id="m.Box.top">', 'writer=static lock -->\n<a id="m.Box.top">')
    repo.write("m.py", CODE.replace("x * 2", "x + x") + "\n\nclass Box:\n    def top(self):\n        return 2\n")
    assert run("docs")[0] == 0
    locked = page_path(repo).read_text().split('<a id="m.Box.top"></a>')[1].split("<!-- repoagent:")[0]
    repo.git("mv", "m.py", "n.py")

    assert run.status()["n.base"] == "moved" and run.status()["n.Box.top"] == "moved"
    code, _, err = run("docs")
    assert code == 0, err
    text = (repo.root / "docs/repoagent/n.py.md").read_text()
    assert "Doubles x; see the design notes." in text and locked in text
    assert re.search(r"id=n\.Box\.top [^>]*writer=static lock -->", text)
    assert not page_path(repo).exists()
    assert {entry["id"] for entry in json.loads(run("status", "--json")[1])["edited"]} == {"n.base"}


def test_text_a_person_wrote_for_a_deleted_object_is_copied_aside_and_said(repo, run):
    """The page loses the section of a deleted function; the person's text stays in
    ``.repoagent/removed/`` (marker included), and one line says where."""
    generate(repo, run)
    edit_page(repo, "Double x.\n", "Doubles x; see the design notes.\n")
    edit_page(repo, 'writer=static -->\n<a id="m.other">', 'writer=static lock -->\n<a id="m.other">')
    section = page_path(repo).read_text().split("<!-- repoagent: id=m.base ")[1].split("<!-- repoagent:")[0]
    repo.write("m.py", "def kept() -> int:\n    return 1\n")

    code, _, err = run("docs")
    assert code == 0, err
    assert "Doubles x" not in page_path(repo).read_text()
    copy = repo.root / ".repoagent/removed/m.py.md"
    assert ("<!-- repoagent: id=m.base " + section).rstrip("\n") in copy.read_text()
    assert "writer=static lock -->" in copy.read_text()  # m.other, locked: copied too
    assert ("m.py.md: the section of m.base, which you wrote or locked, is removed (no object has that id now); "
            "its text is kept in .repoagent/removed/m.py.md") in err
    assert repo.git("status", "--porcelain", "--", ".repoagent") == ""  # ignored, as the folder is
    repo.write("m.py", CODE)
    run("docs")
    edit_page(repo, "Double x.\n", "Second words.\n")
    repo.write("m.py", "def kept() -> int:\n    return 1\n")
    assert run("docs")[0] == 0
    assert "Doubles x; see the design notes." in copy.read_text() and "Second words." in copy.read_text()


def test_the_staged_stamp_does_not_hide_an_edited_section(repo, run):
    generate(repo, run)
    edit_page(repo, "Double x.\n", "Mine.\n")
    for _ in range(2):  # the second would be answered by a stamp, if there were one
        code, out, _ = run("status", "--staged", "--json")
        assert [entry["id"] for entry in json.loads(out)["edited"]] == ["m.base"]

"""Reading pages back loses nothing: preambles, bytes, and text no section claims."""

from __future__ import annotations

import pytest

from repoagent.errors import UsageError
from repoagent.pages.parse import decode_page, encode_page, parse_page
from tests.docs.test_hand_edits import CODE, generate, page_path


def change_code(repo) -> None:
    repo.write("m.py", CODE.replace("x * 2", "x + x").replace("base(2)", "base(3)"))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no marker at all\n",
        "# Notes\n\nmine\n<!-- repoagent: id=a hash=1 deps=2 writer=static -->\nA\n\n"
        "<!-- repoagent: id=b hash=1 deps=2 writer=static -->\nB",
        "<!-- repoagent: id=a hash=1 deps=2 writer=static -->\r\n\udcff\udcfe\n```\n"
        "<!-- repoagent: id=x hash=1 deps=2 writer=static -->\n```\n\n\n",
    ],
)
def test_joining_the_parts_gives_back_the_text(text):
    page = parse_page(text, "p.md")
    assert page.text == text
    assert encode_page(decode_page(encode_page(text))) == encode_page(text)


def test_a_marker_quoted_in_a_fence_is_no_section():
    text = "<!-- repoagent: id=a hash=1 deps=2 writer=static -->\n````text\n```\n<!-- repoagent: id=b hash=1 deps=2 writer=static -->\n````\n"
    assert [section.marker.id for section in parse_page(text, "p.md").sections] == ["a"]


def test_text_above_the_first_marker_is_kept(repo, run):
    generate(repo, run)
    page_path(repo).write_text("# My notes on m\n\nRead this first.\n\n" + page_path(repo).read_text())
    change_code(repo)
    assert run("docs")[0] == 0
    text = page_path(repo).read_text()
    assert text.startswith("# My notes on m\n\nRead this first.\n\n<!-- repoagent: id=m ")
    assert run("docs", "--check")[0] == 0


def test_a_byte_that_is_not_utf8_in_a_locked_section_is_kept(repo, run):
    generate(repo, run)
    data = page_path(repo).read_bytes()
    data = data.replace(b"writer=static -->\n<a id=\"m.base\">", b"writer=static lock -->\n<a id=\"m.base\">")
    data = data.replace(b"Double x.\n", b"Double x (caf\xe9, Latin-1).\n")
    page_path(repo).write_bytes(data)
    change_code(repo)
    assert run("docs")[0] == 0
    after = page_path(repo).read_bytes()
    assert b"Double x (caf\xe9, Latin-1).\n" in after and after != data  # rewritten around it


def unchanged_after_error(repo, run, expected: str) -> None:
    before = page_path(repo).read_bytes()
    change_code(repo)
    for command in (("docs",), ("status",)):
        code, out, err = run(*command)
        assert code == 2 and err.count("\n") == 1 and expected in err, err
    assert page_path(repo).read_bytes() == before


def test_a_deleted_marker_line_stops_the_run_naming_the_page_and_line(repo, run):
    generate(repo, run)
    text = page_path(repo).read_text()
    marker = next(line for line in text.splitlines() if "id=m.other " in line)
    line = text.splitlines().index(marker) + 1
    page_path(repo).write_text(text.replace(marker + "\n", ""))
    unchanged_after_error(repo, run, f"docs/repoagent/m.py.md:{line}: the section of m.other has lost its marker line")


def test_a_duplicated_section_stops_the_run(repo, run):
    generate(repo, run)
    text = page_path(repo).read_text()
    section = text[text.index("<!-- repoagent: id=m.other ") :]
    page_path(repo).write_text(text + "\n" + section)
    first = text[: text.index("<!-- repoagent: id=m.other ")].count("\n") + 1
    second = (text + "\n").count("\n") + 1
    unchanged_after_error(
        repo, run, f"docs/repoagent/m.py.md:{second}: a second section for m.other (the first is at docs/repoagent/m.py.md:{first})"
    )


def test_a_damaged_marker_stops_the_run(repo, run):
    generate(repo, run)
    text = page_path(repo).read_text()
    page_path(repo).write_text(text.replace(" writer=static -->\n<a id=\"m.base\">", " -->\n<a id=\"m.base\">"))
    unchanged_after_error(repo, run, "a repoagent marker lacks id, hash, deps or writer")


def test_a_fence_left_open_over_sections_stops_the_run(repo, run):
    generate(repo, run)
    text = page_path(repo).read_text()
    marker = text.index("<!-- repoagent: id=m.other ")
    page_path(repo).write_text(text[:marker] + "Mine:\n```python\n" + text[marker:])
    line = text[:marker].count("\n") + 2
    unchanged_after_error(repo, run, f"docs/repoagent/m.py.md:{line}: a code fence opened here hides the section of m.other")


def test_the_errors_are_usage_errors():
    with pytest.raises(UsageError, match="^p.md:2: a repoagent marker lacks"):
        parse_page("x\n<!-- repoagent: id=a -->\n", "p.md")

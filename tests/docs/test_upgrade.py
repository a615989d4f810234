"""Pages written by the previous version of repoagent: ids that changed (src layouts,
``@overload`` implementations, renumbered twins) become ``moved``, so locked and
LLM-written text survives the upgrade."""

from __future__ import annotations

import re

OVERLOADED = '''\
from typing import overload


@overload
def parse(value: int) -> int: ...
@overload
def parse(value: str) -> str: ...
def parse(value):
    return value


def main():
    return parse(1)
'''

TWINS = '''\
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    def load(path: str) -> bytes: ...
else:
    def load(path):
        return open(path, "rb").read()
'''


def rename(text: str, mapping: dict[str, str]) -> str:
    """The page as an earlier version wrote it: ids in markers and anchors renamed,
    and no ``body=`` hash in the markers (that version did not sign sections)."""
    def swap(match: re.Match) -> str:
        return match.group(1) + mapping.get(match.group(2), match.group(2)) + match.group(3)
    return re.sub(r" body=\w+", "", re.sub(r'(id=|<a id=")([^\s"]+)( |"></a>)', swap, text))


def lock(text: str, node_id: str, body: str, writer: str = "llm model=gpt-4o-mini") -> str:
    """Make the section of ``node_id`` locked, LLM-written and say ``body``."""
    head, marker, rest = text.partition(f"<!-- repoagent: id={node_id} ")
    fields, _, section = rest.partition(" -->\n")
    fields = re.sub(r" body=\w+", "", re.sub(r"writer=static", f"writer={writer}", fields)) + " lock"
    anchor, heading, _ = section.split("\n", 2)
    following = section.split("\n<!-- repoagent:", 1)
    tail = "\n<!-- repoagent:" + following[1] if len(following) > 1 else ""
    return f"{head}{marker}{fields} -->\n{anchor}\n{heading}\n\n{body}\n{tail}"


def test_an_old_overload_implementation_section_moves_to_the_plain_id(repo, run):
    repo.write("m.py", OVERLOADED)
    repo.commit()
    assert run("docs")[0] == 0
    page = repo.root / "docs/repoagent/m.py.md"
    current = page.read_text()
    implementation = lock(rename(current, {"m.parse": "m.parse~3"}), "m.parse~3", "Parses anything, as the team wrote it.")
    stubs = "".join(
        f"<!-- repoagent: id={stub} hash=0000000{n} deps=1271cf25 writer=static -->\n"
        f'<a id="{stub}"></a>\n## `parse`\n\nA stub.\n\n'
        for n, stub in enumerate(["m.parse", "m.parse~2"])
    )
    old = implementation.replace("<!-- repoagent: id=m.parse~3 ", stubs + "<!-- repoagent: id=m.parse~3 ")
    old = old.replace("[`parse`](#m.parse)", "[`parse`](#m.parse), [`parse`](#m.parse~2), [`parse`](#m.parse~3)")
    page.write_text(old.replace("(#m.parse)", "(#m.parse~3)"))
    assert run.status() == {"m": "changed", "m.parse": "moved", "m.parse~2": "deleted", "m.main": "links-changed"}
    assert run("docs")[0] == 0
    text = page.read_text()
    assert "Parses anything, as the team wrote it." in text and "A stub." not in text
    assert re.search(r"<!-- repoagent: id=m.parse hash=\w+ deps=\w+ writer=llm model=gpt-4o-mini lock -->", text)
    assert "~" not in text and run.status() == {}


def test_renumbered_twins_and_a_src_layout_keep_their_texts(repo, run):
    repo.write("src/shop/__init__.py", "")
    repo.write("src/shop/io.py", TWINS)
    repo.commit()
    assert run("docs")[0] == 0
    page = repo.root / "docs/repoagent/src/shop/io.py.md"
    # The previous version: ids kept the src folder, and the first twin (the
    # TYPE_CHECKING stub) had the plain id.
    old = rename(page.read_text(), {"shop.io": "src.shop.io", "shop.io.load": "src.shop.io.load~2",
                                    "shop.io.load~2": "src.shop.io.load"})
    old = lock(old, "src.shop.io.load~2", "Reads the whole file, as the team wrote it.")
    old = lock(old, "src.shop.io.load", "The typing stub, locked.", writer="static")
    page.write_text(old)
    (repo.root / "docs/repoagent/src/shop/__init__.py.md").write_text(
        rename((repo.root / "docs/repoagent/src/shop/__init__.py.md").read_text(), {"shop": "src.shop"}))
    stale = run.status()
    assert stale == {"shop": "moved", "shop.io": "moved", "shop.io.load": "moved", "shop.io.load~2": "moved"}
    assert run("docs")[0] == 0
    text = page.read_text()
    runtime = text.split('<a id="shop.io.load"></a>')[1].split("<!-- repoagent:")[0]
    stub = text.split('<a id="shop.io.load~2"></a>')[1].split("<!-- repoagent:")[0]
    assert "Reads the whole file, as the team wrote it." in runtime and "The typing stub, locked." in stub
    assert "src.shop" not in text and run.status() == {}

"""``@overload`` stubs: one section under the implementation's plain id that lists
the stubs' signatures, and every stub's signature in the deps its callers see."""

from __future__ import annotations

UTILS = '''\
from typing import overload
import typing


@overload
def to_pairs(value: None) -> None: ...
@overload
def to_pairs(value: dict) -> list: ...
def to_pairs(value):
    """Turn a mapping into a list of pairs."""
    return list(value.items()) if value is not None else None


class Codec:
    @typing.overload
    def encode(self, data: str) -> bytes: ...
    @typing.overload
    def encode(self, data: bytes) -> bytes: ...
    def encode(self, data):
        return to_pairs(data)


def caller():
    return to_pairs({})
'''


def test_an_overloaded_function_is_one_section_listing_the_stub_signatures(repo, run):
    repo.write("utils.py", UTILS)
    repo.commit()
    assert run.status() == {"utils": "new", "utils.to_pairs": "new", "utils.Codec": "new",
                            "utils.Codec.encode": "new", "utils.caller": "new"}
    assert run("docs")[0] == 0
    page = run.page("utils.py")
    assert "~2" not in page and page.count("<a id=\"utils.to_pairs\"></a>") == 1
    section = page.split('<a id="utils.to_pairs"></a>')[1].split("<!-- repoagent:")[0]
    assert "Turn a mapping into a list of pairs." in section
    assert "**Overloads**\n\n```python\ndef to_pairs(value: None) -> None\ndef to_pairs(value: dict) -> list\n```" in section
    method = page.split('<a id="utils.Codec.encode"></a>')[1].split("<!-- repoagent:")[0]
    assert "def encode(self, data: str) -> bytes\ndef encode(self, data: bytes) -> bytes" in method
    assert "[`utils.to_pairs`](#utils.to_pairs)" in method


def test_a_stub_signature_change_reaches_the_callers(repo, run):
    repo.write("utils.py", UTILS)
    repo.commit()
    assert run("docs")[0] == 0
    repo.write("utils.py", UTILS.replace("def to_pairs(value: dict) -> list", "def to_pairs(value: dict) -> tuple"))
    # The module's own code holds its functions' signatures, the stubs' too.
    assert run.status() == {"utils": "changed", "utils.to_pairs": "changed", "utils.caller": "deps-changed",
                            "utils.Codec.encode": "deps-changed"}

"""Which dunder a literal string template runs on each value it formats."""

from __future__ import annotations

from pathlib import Path

from repoagent.parsing.languages.python_templates import format_fields, literal_text, percent_fields
from tests.support.graphs import call_edges


def test_format_fields_by_position_name_and_conversion() -> None:
    assert format_fields("{} {!r} {name!s:>3} {0} {{literal}}") == [
        (0, "__format__"), (1, "__repr__"), ("name", "__str__"), (0, "__format__"),
    ]
    assert format_fields("{0.attr} {0[k]}") == []  # a part of an argument: not followed
    assert format_fields("{") == []  # no template Python accepts


def test_percent_fields_by_position_and_key() -> None:
    assert percent_fields("%s: %-10r %d%% %a") == [(0, "__str__"), (1, "__repr__"), (3, "__repr__")]
    assert percent_fields("%(name)s %(n)d") == [("name", "__str__")]
    assert percent_fields("%*s") is None  # the width takes an argument of its own


def test_literal_text_reads_only_plain_string_literals() -> None:
    assert literal_text("'a{}'") == "a{}"
    assert literal_text('"""x"""') == "x"
    assert literal_text("f'{x}'") is None
    assert literal_text("b'%s'") is None
    assert literal_text("r'\\d{}'") == "\\d{}"
    assert literal_text("__import__('os')") is None  # never evaluated: no literal


def test_a_literal_template_formats_the_instances_own_values(tmp_path: Path) -> None:
    """``self`` and its attributes only: a parameter formatted into a message is
    mostly a value a type test just refused (see ``_formatted_fields``)."""
    edges = call_edges(
        tmp_path,
        {
            "mod.py": """
                class Money:
                    def __format__(self, spec): return ""
                    def __str__(self): return ""
                    def __repr__(self): return ""
                    def __divmod__(self, parts): return (self, self)

                class Label:
                    def __str__(self): return ""

                class Line:
                    def __init__(self, total: Money, label: Label):
                        self.total, self.label = total, label

                    def show(self, other: Money, template):
                        "{} due".format(self.total)
                        "{!r}".format(self.total)
                        "{name}".format(name=self.label)
                        "%s: %r" % (self.label, other)  # a parameter: not followed
                        "%(who)s" % {"who": self.label}
                        "%d%%" % self.total  # a number: not followed
                        template.format(self.total)  # not a literal: not followed
                        divmod(other, 3)
            """,
        },
    )
    assert {callee for caller, callee in edges if caller == "mod.Line.show"} == {
        "mod.Money.__format__", "mod.Money.__repr__", "mod.Label.__str__", "mod.Money.__divmod__",
    }

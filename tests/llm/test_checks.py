"""The answer contract and the honesty check, on text."""

from __future__ import annotations

from repoagent.graph.model import CallGraph
from repoagent.writers.honesty import backticked_names, check_sections
from repoagent.writers.validation import check_answer


def test_a_good_answer_passes_and_harmless_slips_are_mended() -> None:
    text, complaint = check_answer("```markdown\n# area\n\nComputes the area.\n\n**Parameters**\n\n- `side`: length\n```", ["side"])
    assert complaint is None
    assert text == "Computes the area.\n\n**Parameters**\n\n- `side`: length"


def test_empty_non_prose_and_overlong_summaries_are_refused() -> None:
    assert check_answer("", [])[1] == "the answer was empty."
    assert check_answer(None, [])[1] == "the answer was empty."
    assert "one-sentence summary" in str(check_answer('{"summary": "x"}', [])[1])
    assert "one-sentence summary" in str(check_answer("- first\n- second", [])[1])
    assert "at most" in str(check_answer("word " * 100, [])[1])


def test_parameters_the_code_lacks_are_refused() -> None:
    answer = "Adds.\n\n**Parameters**\n\n- `a`: one\n- **b**: two\n- `*args`: rest\n\n**Returns**\n\n- `c`: not a parameter"
    assert check_answer(answer, ["a", "b", "args"])[1] is None
    complaint = check_answer(answer, ["a"])[1]
    assert complaint == "it documents parameters the code does not have (`b`, `args`); the parameters are: `a`."


def test_only_plain_names_outside_code_blocks_are_checked() -> None:
    text = "Uses `area(side)`, `self.side`, `list[str]`, `x + 1`, `*args`.\n\n```python\nmade_up()\n```\n"
    assert backticked_names(text) == ["area", "self.side", "args"]


def test_honesty_flags_made_up_names_and_reports_the_share(geometry: CallGraph) -> None:
    code = "def area(side):\n    return square(side)\n"
    report = check_sections(
        [
            ("pkg.geometry.area", "Calls `square` on `side`; see `Shape.size` and `pkg.geometry`; returns `None`.", code),
            ("pkg.geometry.square", "Uses `numpy.square` and `cube`.", "def square(x):\n    return x * x\n"),
        ],
        geometry,
    )
    assert report.failing == {"pkg.geometry.square": ["numpy.square", "cube"]}
    assert report.share_passing == 0.5
    assert report.lines()[-1] == "honesty: 50.0% of 2 sections name only real identifiers"

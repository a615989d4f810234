"""Prompts: what goes in, what never does, and the size budget."""

from __future__ import annotations

from pathlib import Path

import pytest

from repoagent.errors import UsageError
from repoagent.graph.model import CallGraph
from repoagent.writers.base import WriteRequest
from repoagent.writers.prompt import build_prompt
from tests.llm.conftest import code_reader
from tests.support.files import write_tree
from tests.support.graphs import graph_of


def prompt_for(graph: CallGraph, node_id: str, budget: int = 12_000, summaries: dict[str, str] | None = None) -> str:
    request = WriteRequest(graph.nodes[node_id], code_reader(graph)(node_id), graph, summaries or {})
    prompt = build_prompt(request, "English", budget)
    return prompt.messages[-1]["content"]


def test_holds_code_callee_summaries_callers_and_parent(geometry: CallGraph) -> None:
    text = prompt_for(geometry, "pkg.geometry.area", summaries={"pkg.geometry.square": "Squares a number."})
    assert "function `pkg.geometry.area`" in text
    assert 'def area(side):\n    """Area of a square."""\n    return square(side)' in text
    assert "- `pkg.geometry.square`: Squares a number." in text
    assert "`pkg.geometry.Shape.size` (pkg/geometry.py line 20): `return area(self.side)`" in text
    assert "module `pkg.geometry`: Shapes and their areas." in text
    assert "in English" in text


def test_never_holds_whole_callers_or_nested_bodies(geometry: CallGraph) -> None:
    text = prompt_for(geometry, "pkg.geometry.square")
    assert "def size(self):" not in text  # a caller appears by name and call line only
    module = prompt_for(geometry, "pkg.geometry")
    assert "def area(side):\n    ..." in module
    assert "return square(side)" not in module
    shape = prompt_for(geometry, "pkg.geometry.Shape")
    assert "    def size(self):\n        ..." in shape and "self.side = side" not in shape


def test_lists_exactly_the_parameters_a_class_is_built_with(geometry: CallGraph) -> None:
    assert "the parameters are exactly: `side`" in prompt_for(geometry, "pkg.geometry.Shape")


@pytest.fixture
def crowded(tmp_path: Path) -> CallGraph:
    body = "".join(f"    total += {i} * value  # step {i} of a long computation\n" for i in range(400))
    callers = "".join(f"def caller{i}():\n    return target(1)\n\n\n" for i in range(60))
    helpers = "".join(f"def helper{i}():\n    return {i}\n\n\n" for i in range(40))
    calls = "".join(f"    total += helper{i}()\n" for i in range(40))
    source = (
        f"{helpers}@staticmethod\ndef target(value: int,\n           scale: float = 1.0) -> int:\n"
        f'    """Add things up."""\n    total = 0\n{calls}{body}    return total\n\n\n{callers}'
    )
    return graph_of(tmp_path, {"crowded.py": source})


def test_the_budget_holds_and_the_signature_survives(crowded: CallGraph) -> None:
    summaries = {f"crowded.helper{i}": f"Returns the constant {i}, used as one step." for i in range(40)}
    full = prompt_for(crowded, "crowded.target", budget=1_000_000, summaries=summaries)
    assert "step 399" in full and "caller59" not in full  # callers are capped even when there is room
    for budget in (12_000, 4_000, 2_500):
        text = prompt_for(crowded, "crowded.target", budget=budget, summaries=summaries)
        request = WriteRequest(crowded.nodes["crowded.target"], "", crowded, {})
        assert len(text) + len(build_prompt(request, "English", 10**6).messages[0]["content"]) <= budget
        assert "@staticmethod\ndef target(value: int,\n           scale: float = 1.0) -> int:" in text
        assert "more lines cut to fit the prompt budget" in text or budget == 12_000


def test_least_useful_context_goes_first(crowded: CallGraph) -> None:
    summaries = {f"crowded.helper{i}": f"Returns the constant {i}." for i in range(40)}
    system = len(build_prompt(WriteRequest(crowded.nodes["crowded.target"], "", crowded, {}), "English", 10**6).messages[0]["content"])
    full = system + len(prompt_for(crowded, "crowded.target", budget=10**6, summaries=summaries))
    # Slightly over budget: callers go first; every callee summary and code line stays.
    text = prompt_for(crowded, "crowded.target", budget=full - 200, summaries=summaries)
    assert "more callers not listed" in text
    assert "Returns the constant 39." in text and "step 399" in text
    # Far over budget: callers and callee summaries are gone before the code is cut.
    text = prompt_for(crowded, "crowded.target", budget=full - 5_000, summaries=summaries)
    assert "callee summaries left out" in text and "caller0" not in text


def test_a_signature_larger_than_the_budget_is_kept_whole(crowded: CallGraph) -> None:
    text = prompt_for(crowded, "crowded.target", budget=10)
    assert "def target(value: int,\n           scale: float = 1.0) -> int:" in text


def test_a_repository_can_override_the_template(geometry: CallGraph) -> None:
    write_tree(geometry.root, {".repoagent-templates/prompt_section.md.j2": "Document {{ qualified_name }} in {{ language }}."})
    assert prompt_for(geometry, "pkg.geometry.area") == "Document pkg.geometry.area in English."


def test_a_broken_override_is_a_usage_error(geometry: CallGraph) -> None:
    write_tree(geometry.root, {".repoagent-templates/prompt_section.md.j2": "{{ unknown_variable }}"})
    with pytest.raises(UsageError, match="prompt template error"):
        prompt_for(geometry, "pkg.geometry.area")


def test_a_docstring_comes_parsed_and_goes_first_when_over_budget(tmp_path: Path) -> None:
    graph = graph_of(tmp_path, {"client.py": '''
        def send(method, url):
            """Send a request.

            Args:
                method (str): The HTTP method.
                url: Where to send it.

            Returns:
                What the server said.
            """
            return method + url
        '''})
    text = prompt_for(graph, "client.send")
    assert "Its docstring, parsed:" in text
    assert "- `method`: `str` — The HTTP method.\n- `url` — Where to send it." in text
    assert "**Returns**\n\n- What the server said." in text
    smaller = prompt_for(graph, "client.send", budget=len(text) - 50)
    assert "Its docstring, parsed:" not in smaller and "return method + url" in smaller

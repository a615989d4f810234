"""Fixtures for the LLM writer's tests: a small real repository, its call graph, and
a loopback OpenAI-compatible server (tests/support/llm_server.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from repoagent.config import Settings
from repoagent.graph.model import CallGraph
from tests.support.graphs import graph_of
from tests.support.llm_server import LLMServer

GEOMETRY = {
    "pkg/__init__.py": "",
    "pkg/geometry.py": '''
        """Shapes and their areas."""


        def square(x):
            return x * x


        def area(side):
            """Area of a square."""
            return square(side)


        class Shape:
            """A square shape."""

            def __init__(self, side):
                self.side = side

            def size(self):
                return area(self.side)


        def even(n):
            return n == 0 or odd(n - 1)


        def odd(n):
            return n != 0 and even(n - 1)
        ''',
}

_NODE = re.compile(r"section for the \w+ `([^`]+)`")


def naming_answer(prompt: str) -> str:
    """A valid section whose summary names the node the prompt is about."""
    found = _NODE.search(prompt)
    name = found.group(1) if found else "something"
    return f"Summary of `{name}`.\n\nWhat `{name}` does, in more words."


def code_reader(graph: CallGraph) -> Callable[[str], str]:
    """``code_of`` for a graph of the working tree: the node's lines from its file."""

    def code_of(node_id: str) -> str:
        node = graph.nodes[node_id]
        data = (graph.root / node.path).read_bytes()
        return data[node.span.start_byte : node.span.end_byte].decode()

    return code_of


@pytest.fixture
def geometry(tmp_path: Path) -> CallGraph:
    return graph_of(tmp_path, GEOMETRY)


@pytest.fixture
def server() -> Iterator[Callable[..., LLMServer]]:
    """Start servers with the given options; all are stopped after the test."""
    started: list[LLMServer] = []

    def start(**options: object) -> LLMServer:
        options.setdefault("answer", naming_answer)
        started.append(LLMServer(**options).start())  # type: ignore[arg-type]
        return started[-1]

    yield start
    for running in started:
        running.stop()


def settings_for(server: LLMServer, **changes: object) -> Settings:
    """Settings pointing at ``server`` with short timeouts, so retries stay quick."""
    return Settings(base_url=server.url, api_key="test-key", model="loopback", timeout=2.0, retries=2).replace(**changes)

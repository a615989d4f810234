"""The LLM writer against a loopback OpenAI-compatible server (real HTTP, real client)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from repoagent.config import Settings
from repoagent.errors import UsageError
from repoagent.graph.model import CallGraph
from repoagent.writers.choice import choose_writer
from repoagent.writers.llm import LLMWriter, estimate
from repoagent.writers.schedule import write_in_order
from repoagent.writers.static import StaticWriter
from tests.llm.conftest import code_reader, naming_answer, settings_for
from tests.support.llm_server import LLMServer

_NODE = re.compile(r"section for the \w+ `([^`]+)`")


def prompted_nodes(server: LLMServer) -> list[str]:
    return [_NODE.search(prompt).group(1) for prompt in server.prompts]  # type: ignore[union-attr]


def run(graph: CallGraph, writer: LLMWriter, stale: object = None, known: dict[str, str] | None = None) -> dict:
    return write_in_order(graph, stale or graph.nodes, writer, code_reader(graph), known or {}, jobs=3)


def test_a_callees_fresh_summary_is_in_its_callers_prompt(geometry: CallGraph, server: Callable[..., LLMServer]) -> None:
    endpoint = server()
    written = run(geometry, LLMWriter(settings_for(endpoint)))
    assert written["pkg.geometry.square"].summary == "Summary of `pkg.geometry.square`."
    (area_prompt,) = [p for p in endpoint.prompts if "function `pkg.geometry.area`" in p]
    assert "- `pkg.geometry.square`: Summary of `pkg.geometry.square`." in area_prompt
    assert all(section.writer == "llm" and section.note is None for section in written.values())


def test_counts_calls_tokens_and_prompt_sizes(geometry: CallGraph, server: Callable[..., LLMServer]) -> None:
    endpoint = server()
    writer = LLMWriter(settings_for(endpoint, prompt_budget=3_000))
    run(geometry, writer)
    usage = writer.usage
    assert usage.calls == len(geometry.nodes) == len(endpoint.requests)
    assert usage.prompt_tokens > 0 and usage.completion_tokens > 0
    assert 0 < usage.largest_prompt <= 3_000
    assert usage.prompt_characters >= usage.largest_prompt
    assert "calls" in writer.report()[0] and "100.0%" in writer.report()[-1]


def test_a_rerun_is_answered_from_the_cache(geometry: CallGraph, server: Callable[..., LLMServer]) -> None:
    endpoint = server()
    first = run(geometry, LLMWriter(settings_for(endpoint)))
    again = LLMWriter(settings_for(endpoint))
    second = run(geometry, again)
    assert len(endpoint.requests) == len(geometry.nodes)
    assert again.usage.cache_hits == len(geometry.nodes) and again.usage.calls == 0
    assert {k: s.body for k, s in first.items()} == {k: s.body for k, s in second.items()}


def test_a_rejected_answer_is_asked_again_with_the_complaint(geometry: CallGraph, server: Callable[..., LLMServer]) -> None:
    def answer(prompt: str) -> str:
        if "rejected" in prompt:
            return naming_answer(prompt)
        return "Squares a number.\n\n**Parameters**\n\n- `x`: the number\n- `bogus`: not a parameter"

    endpoint = server(answer=answer)
    writer = LLMWriter(settings_for(endpoint))
    written = run(geometry, writer, ["pkg.geometry.square"])
    assert written["pkg.geometry.square"].body.startswith("Summary of `pkg.geometry.square`.")
    assert len(endpoint.prompts) == 2
    assert "parameters the code does not have (`bogus`); the parameters are: `x`" in endpoint.prompts[1]
    assert writer.usage.regenerated == 1


def test_two_bad_answers_fall_back_to_the_static_writer_and_say_so(geometry: CallGraph, server: Callable[..., LLMServer]) -> None:
    endpoint = server(answer=lambda prompt: "- a list is not a summary line")
    writer = LLMWriter(settings_for(endpoint))
    section = run(geometry, writer, ["pkg.geometry.area"])["pkg.geometry.area"]
    assert section.writer == "static-fallback"  # so the next LLM run retries it
    assert section.note is not None and "one-sentence summary" in section.note
    assert section.body.startswith("Area of a square.")  # the static writer's summary: the docstring
    assert writer.usage.fallbacks == 1 and len(endpoint.requests) == 2


def test_faults_at_thirty_percent_complete_and_a_rerun_asks_only_for_what_is_missing(
    geometry: CallGraph, server: Callable[..., LLMServer]
) -> None:
    flaky = server(fault_rate=0.3, seed=1, hang_seconds=1.0)
    writer = LLMWriter(settings_for(flaky, timeout=0.5, retries=2))
    written = run(geometry, writer)
    assert set(written) == set(geometry.nodes)  # every node is written or reported
    assert {"429", "500", "timeout", "garbage", "empty"} & set(flaky.faults_served)
    missing = {node_id for node_id, section in written.items() if section.writer != "llm"}
    assert all(written[node_id].note for node_id in missing)
    assert writer.usage.fallbacks == len(missing)
    # The rerun writes what fell back; everything the LLM answered is reused, not asked again.
    healthy = server()
    known = {node_id: section.summary for node_id, section in written.items()}
    rerun = LLMWriter(settings_for(healthy))
    again = run(geometry, rerun, sorted(missing) or ["pkg.geometry.square"], known)
    assert set(prompted_nodes(healthy)) == missing
    assert all(section.writer == "llm" for section in again.values())


def test_the_dry_run_estimate_sends_nothing(geometry: CallGraph, server: Callable[..., LLMServer]) -> None:
    endpoint = server()
    settings = settings_for(endpoint)
    before = estimate(geometry, geometry.nodes, code_reader(geometry), {}, settings)
    assert before.calls == len(geometry.nodes) and before.cached == 0 and before.characters > 0
    assert endpoint.requests == []
    written = run(geometry, LLMWriter(settings), ["pkg.geometry.square", "pkg.geometry.area"])
    known = {node_id: section.summary for node_id, section in written.items()}
    after = estimate(geometry, ["pkg.geometry.square", "pkg.geometry.area"], code_reader(geometry), known, settings)
    assert (after.calls, after.cached) == (1, 1)  # area's prompt will carry square's new summary


def test_auto_uses_the_llm_only_when_an_endpoint_or_key_is_configured() -> None:
    choice = choose_writer(Settings())
    assert isinstance(choice.make(Settings()), StaticWriter) and "no LLM endpoint" in choice.description
    settings = Settings(base_url="http://127.0.0.1:9/v1")
    choice = choose_writer(settings)
    assert isinstance(choice.make(settings), LLMWriter) and "http://127.0.0.1:9/v1" in choice.description
    choice = choose_writer(Settings(api_key="k"))
    assert choice.llm and "OpenAI API" in choice.description
    settings = Settings(writer="static", api_key="k")
    assert isinstance(choose_writer(settings).make(settings), StaticWriter)
    with pytest.raises(UsageError, match="needs an endpoint"):
        choose_writer(Settings(writer="llm"))


def test_caches_nested_past_the_stack_are_no_caches(geometry: CallGraph, server: Callable[..., LLMServer]) -> None:
    """A JSON cache of ``[[[...`` 100,000 deep made json raise RecursionError: a crash
    (exit 3) where any other unreadable cache is a miss."""
    from repoagent.writers.fallbacks import FallbackTries
    from repoagent.writers.response_cache import ResponseCache

    cache = ResponseCache(geometry.root)
    cache.put("ab" * 16, "An answer.")
    deep = "[" * 100_000
    next(cache.folder.rglob("*.json")).write_text(deep)
    assert cache.get("ab" * 16) is None
    tries = geometry.root / ".repoagent/fallback-tries.json"
    tries.write_text(deep)
    assert FallbackTries(geometry.root).tries("pkg.geometry.area", "0" * 8) == 1  # as when none is on record

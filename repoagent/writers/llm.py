"""The LLM writer: one section per request from any OpenAI-compatible endpoint.

For each node it builds the prompt (:mod:`repoagent.writers.prompt`), answers from
the response cache or the endpoint, and checks the answer
(:mod:`repoagent.writers.validation`). A rejected answer is asked for once more with
the complaint; an endpoint that still fails after the client's own retries (backoff
on 429, 5xx and timeouts) is asked once more as is. After that the node gets the
static writer's section and a note saying why, so a run always completes and every
node is either written by the LLM or reported. The run's deadline and circuit
breaker (:mod:`repoagent.writers.guard`) decide whether a request is sent at all;
failed sections are counted (:mod:`repoagent.writers.fallbacks`) so later runs
retry them within bounds.

The endpoint is reached through :class:`repoagent.llm_client.ChatClient` (the
policy of timeouts, retries and redaction every LLM call shares), made when the
first request is sent: ``openai`` is slow to import and ``repoagent docs`` with the
static writer never needs it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping

from repoagent.config import Settings
from repoagent.graph.model import CallGraph
from repoagent.llm_client import ChatClient, EndpointError, read_reply
from repoagent.names import quote_name
from repoagent.redact import without_key
from repoagent.writers.base import WriteRequest, WrittenSection, Writer
from repoagent.writers.fallbacks import FALLBACK_WRITER, UNASKED_WRITER, FallbackTries
from repoagent.writers.guard import EndpointGuard
from repoagent.writers.honesty import check_sections
from repoagent.writers.prompt import Prompt, allowed_parameters, build_prompt
from repoagent.writers.response_cache import ResponseCache, prompt_key
from repoagent.writers.usage import Estimate, Usage
from repoagent.writers.validation import check_answer

#: A stand-in for a summary this run has not written yet (used by the dry-run estimate).
PENDING_SUMMARY = "x" * 100
#: Characters allowed per token of ``max_answer_tokens``: about twice what English
#: prose and code take, so only an endpoint that ignores ``max_tokens`` reaches it.
CHARACTERS_PER_TOKEN = 8
NOT_SENT = "not sent"
CUT_OFF = "the answer was cut off at max_answer_tokens; write a shorter section."


class LLMWriter:
    """Writes sections with an OpenAI-compatible chat endpoint; safe across threads."""

    name = "llm"
    waits = True
    reads_summaries = True

    def __init__(self, settings: Settings, fallback: Writer | None = None) -> None:
        self.settings = settings
        self.usage = Usage()
        self._fallback = fallback
        self._client: ChatClient | None = None
        self._lock = threading.Lock()
        self._written: list[tuple[str, str, str]] = []
        self._graph: CallGraph | None = None
        self._guard = EndpointGuard(settings.deadline, settings.timeout, settings.retries)
        self._tries: FallbackTries | None = None

    def write(self, request: WriteRequest) -> WrittenSection:
        """The section for ``request.node``; falls back to the static writer, with a note."""
        cache = ResponseCache(request.graph.root)
        parameters = allowed_parameters(request.node, request.graph)
        anchors = page_anchors(request)
        complaint, problem, asked = "", "", False
        for attempt in range(2):
            prompt = build_prompt(request, self.settings.language, self.settings.prompt_budget, complaint,
                                  self.settings.docstring_style)
            answer, failure = self._answer(prompt, cache)
            if failure == NOT_SENT:
                break
            asked = True
            if answer is None:
                problem = f"the endpoint failed: {failure}"
                continue
            if failure == CUT_OFF:
                text, rejection = "", CUT_OFF
            else:
                text, rejection = check_answer(answer, parameters, anchors, self._max_characters())
            if rejection is None:
                text = without_key(text, self.settings.api_key)  # an answer may echo what it was sent
                cache.put(prompt_key(self.settings.model, prompt.messages), text)
                self._count_try(request, failed=False)
                return self._record(request, WrittenSection(request.node.id, text, text.splitlines()[0].strip(), self.name, self.settings.model))
            complaint = problem = f"the answer was rejected: {rejection}"
            if attempt == 0:
                self.usage.count("regenerated")
        section = self._static().write(request)
        if not asked:  # reported once for the run, in report()
            self.usage.count("unasked")
            return self._record(request, section._replace(writer=UNASKED_WRITER))
        self.usage.count("fallbacks")
        self._count_try(request, failed=True)
        note = f"LLM gave no usable section ({problem}); wrote the static section instead"
        return self._record(request, section._replace(writer=FALLBACK_WRITER, note=note))

    def report(self) -> list[str]:
        """Lines for the end of a run: usage, then the honesty check of what was written."""
        stopped = []
        if self._guard.stopped:
            stopped = [
                f"LLM: stopped asking: {self._guard.stopped}; {self.usage.unasked} sections got the static "
                "writer's text and are asked for again by the next run"
            ]
        if self._graph is None:
            return [self.usage.line(), *stopped]
        with self._lock:
            written = list(self._written)
        return [self.usage.line(), *stopped, *check_sections(written, self._graph).lines()]

    def _max_characters(self) -> int | None:
        return self.settings.max_answer_tokens * CHARACTERS_PER_TOKEN if self.settings.max_answer_tokens else None

    def _answer(self, prompt: Prompt, cache: ResponseCache) -> tuple[str | None, str]:
        """(answer, "") from the cache or the endpoint, (answer, CUT_OFF) when the
        endpoint stopped at ``max_tokens``, (None, NOT_SENT) when the guard stopped
        the request, or (None, what failed)."""
        cached = cache.get(prompt_key(self.settings.model, prompt.messages))
        if cached is not None:
            self.usage.count("cache_hits")
            return cached, ""
        timeout = self._guard.request_timeout()
        if timeout is None:
            return None, NOT_SENT
        cap = {"max_tokens": self.settings.max_answer_tokens} if self.settings.max_answer_tokens else {}
        try:
            response = self._chat_client().complete(
                prompt.messages, temperature=self.settings.temperature, timeout=timeout, **cap
            )
        except EndpointError as error:
            self.usage.count("failed_calls")
            if error.unreachable:  # timeouts included
                self._guard.connection_failed()
            else:
                self._guard.answered()
            return None, str(error)
        self._guard.answered()
        reply = read_reply(response)
        self.usage.record_call(prompt.characters, reply.prompt_tokens, reply.completion_tokens)
        return reply.text, CUT_OFF if cap and reply.cut_off else ""

    def _chat_client(self) -> ChatClient:
        with self._lock:
            if self._client is None:
                self._client = ChatClient(self.settings)
            return self._client

    def _count_try(self, request: WriteRequest, failed: bool) -> None:
        with self._lock:
            if self._tries is None:
                self._tries = FallbackTries(request.graph.root)
            if failed:
                self._tries.failed(request.node.id, request.node.code_hash)
            else:
                self._tries.succeeded(request.node.id)

    def _static(self) -> Writer:
        with self._lock:
            if self._fallback is None:
                from repoagent.writers.static import StaticWriter

                self._fallback = StaticWriter(self.settings.docstring_style)
            return self._fallback

    def _record(self, request: WriteRequest, section: WrittenSection) -> WrittenSection:
        with self._lock:
            self._graph = request.graph
            self._written.append((section.node_id, section.body, request.code))
        return section


def page_anchors(request: WriteRequest) -> set[str]:
    """The anchors of the sections on the page this node's section goes to (their
    ids, percent-encoded): the only ``#id`` links an answer may keep (others would
    not resolve)."""
    parsed = request.graph.files.get(request.node.path)
    return {quote_name(definition.id) for definition in parsed.definitions} if parsed else {quote_name(request.node.id)}


def estimate(
    graph: CallGraph,
    stale: Iterable[str],
    code_of: Callable[[str], str],
    known_summaries: Mapping[str, str],
    settings: Settings,
) -> Estimate:
    """What writing ``stale`` would send, without sending anything (``--dry-run``).

    Summaries this run would write are unknown yet; a stand-in of typical length
    takes their place, so the characters are an estimate and a cached answer is
    recognised only for nodes whose callees are all current.
    """
    stale_set = set(stale)
    cache = ResponseCache(graph.root)
    calls = cached = characters = largest = 0
    for node_id in sorted(stale_set):
        summaries = _summaries_for(graph, node_id, known_summaries, stale_set)
        request = WriteRequest(graph.nodes[node_id], code_of(node_id), graph, summaries)
        prompt = build_prompt(request, settings.language, settings.prompt_budget, docstring_style=settings.docstring_style)
        if cache.get(prompt_key(settings.model, prompt.messages)) is not None:
            cached += 1
            continue
        calls += 1
        characters += prompt.characters
        largest = max(largest, prompt.characters)
    return Estimate(calls=calls, cached=cached, characters=characters, largest=largest)


def _summaries_for(graph: CallGraph, node_id: str, known: Mapping[str, str], stale: set[str]) -> dict[str, str]:
    callees = sorted({edge.callee for edge in graph.callees(node_id)} | set(graph.children(node_id)))
    found = {}
    for callee in callees:
        if callee in stale:
            found[callee] = PENDING_SUMMARY
        elif callee in known:
            found[callee] = known[callee]
    return found


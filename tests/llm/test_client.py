"""One client for every LLM call (``repoagent.llm_client``): the documentation writer
and the debug mode reach the endpoint with the settings' retries and time-out, and
whatever a caller sends leaves redacted."""

from __future__ import annotations

import time

import pytest

from repoagent.config import Settings
from repoagent.debug.llm import LLMEngine
from repoagent.debug.localize import Suspect
from repoagent.llm_client import ChatClient, EndpointError
from tests.support.llm_server import LLMServer

KEY = "sk-proj-" + "Xq7vR2mK9pL4wZ8nT3bY6cF1"


def settings(server: LLMServer, **changes) -> Settings:
    return Settings(model="test", base_url=server.url, api_key="k").replace(**changes)


@pytest.mark.parametrize("retries", [0, 2])
def test_the_debug_engine_retries_as_the_settings_say(retries):
    with LLMServer(fault_rate=1.0, faults=("500",)) as server:
        engine = LLMEngine(settings(server, retries=retries))
        assert list(engine.propose({"m.py": "x = 1\n"}, None, [Suspect("m.py", 1, 0)])) == []
        assert len(server.requests) == retries + 1


def test_the_settings_timeout_bounds_a_hanging_endpoint():
    with LLMServer(fault_rate=1.0, faults=("timeout",), hang_seconds=3) as server:
        client = ChatClient(settings(server, timeout=0.3, retries=0))
        start = time.monotonic()
        with pytest.raises(EndpointError) as failed:
            client.complete([{"role": "user", "content": "hello"}])
        assert time.monotonic() - start < 2.5
        assert failed.value.unreachable and "Timeout" in str(failed.value)


@pytest.mark.parametrize("fault", ["garbage", "nested"])
def test_an_answer_that_is_not_json_or_nested_past_the_parser_is_an_endpoint_error_not_a_crash(fault):
    with LLMServer(fault_rate=1.0, faults=(fault,)) as server:
        with pytest.raises(EndpointError) as failed:
            ChatClient(settings(server, retries=0)).complete([{"role": "user", "content": "hello"}])
        assert not failed.value.unreachable


def test_every_message_leaves_redacted():
    with LLMServer(answer=lambda prompt: "fine") as server:
        client = ChatClient(settings(server))
        answer = client.complete([
            {"role": "system", "content": f"token = {KEY}"},
            {"role": "user", "content": f"OPENAI_API_KEY={KEY} and more"},
        ], temperature=0)
        assert answer.choices[0].message.content == "fine"
        sent = server.requests[0]
        assert KEY not in str(sent) and sent["model"] == "test" and sent["temperature"] == 0
        assert "[redacted] and more" in sent["messages"][1]["content"]

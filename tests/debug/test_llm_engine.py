"""The LLM engine through the real openai client against a loopback server."""

from __future__ import annotations

import sys

from repoagent.debug.llm import LLMEngine, LLMSettings, extract_code
from repoagent.debug.sandbox import Limits, Sandbox
from repoagent.debug.session import repair
from tests.support.debug_programs import PROGRAMS, judge_script
from tests.support.llm_server import LLMServer

_, BUGGY, FIXED, FUNCTION, CASES = next(p for p in PROGRAMS if p[0] == "operation error")


def _run(prompts_seen, feedback_answer):
    with LLMServer(answer=feedback_answer) as server, Sandbox(files={"test_solution.py": judge_script(FUNCTION, CASES)}) as box:
        engine = LLMEngine(LLMSettings(model="test", base_url=server.url, api_key="k"))
        result = repair({"solution.py": BUGGY}, box.checker([sys.executable, "-S", "test_solution.py"], Limits(10)), engine)
        prompts_seen.extend(server.prompts)
    return result


def test_llm_fix_is_applied_and_verified():
    prompts: list[str] = []

    result = _run(prompts, lambda prompt: f"Here it is:\n```python\n{FIXED}```\n")

    assert result.fixed and result.files["solution.py"] == FIXED
    assert "return a - b" in prompts[0] and "returned -1, expected 3" in prompts[0]


def test_llm_feedback_loop_continues_after_partial_fix():
    partial = "```python\ndef add(a, b):\n    return a + b if a else 0\n```"
    answers = iter([partial, f"```python\n{FIXED}```"])
    prompts: list[str] = []

    result = _run(prompts, lambda prompt: next(answers))

    assert result.fixed and len(prompts) == 2
    assert "returned 0, expected 7" in prompts[1] and "if a else 0" in prompts[1]


def test_extract_code_prefers_python_blocks():
    assert extract_code("x\n```text\nno\n```\n```python\nyes\n```") == "yes\n"
    assert extract_code("no code") is None

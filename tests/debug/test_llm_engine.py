"""The LLM engine through the real openai client against a loopback server."""

from __future__ import annotations

import sys

from repoagent.config import Settings
from repoagent.debug.llm import LLMEngine, extract_code
from repoagent.debug.sandbox import Limits, Sandbox
from repoagent.debug.session import repair
from tests.support.debug_programs import PROGRAMS, judge_script
from tests.support.llm_server import LLMServer

_, BUGGY, FIXED, FUNCTION, CASES = next(p for p in PROGRAMS if p[0] == "operation error")


def _run(prompts_seen, feedback_answer):
    with LLMServer(answer=feedback_answer) as server, Sandbox(files={"test_solution.py": judge_script(FUNCTION, CASES)}) as box:
        engine = LLMEngine(Settings(model="test", base_url=server.url, api_key="k"))
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


def test_the_prompt_carries_ranked_lines_failing_cases_and_callee_docs():
    code = (
        "def scale(x):\n    \"\"\"Twice x.\"\"\"\n    return x * 2\n\n\n"
        "def grade(score):\n    \"\"\"A above 90, B above 80, else C.\"\"\"\n    if score > 90:\n        return scale(1)\n"
        "    if score > 80:\n        return 'B'\n    return 'C'\n"
    )
    test = (
        "from solution import grade\nok = 0\nfor s, want in [(95, 2), (85, 'B'), (80, 'B'), (10, 'C')]:\n"
        "    got = grade(s)\n    ok += got == want\n    if got != want:\n        print(f'grade({s}) returned {got!r}, expected {want!r}')\n"
        "print(f'passed {ok}/4')\nraise SystemExit(ok != 4)\n"
    )
    fixed = code.replace("score > 80", "score >= 80")
    with LLMServer(answer=lambda prompt: f"```python\n{fixed}```") as server, Sandbox(files={"test_solution.py": test}) as box:
        engine = LLMEngine(Settings(model="test", base_url=server.url, api_key="k"))
        result = repair({"solution.py": code}, box.checker([sys.executable, "test_solution.py"], Limits(10)), engine)
        prompt = server.prompts[0]

    assert result.fixed
    assert "grade(80) returned 'C', expected 'B'" in prompt.split("Failing cases:")[1].split("Functions involved")[0]
    ranked = prompt.split("most suspect first")[1].split("Failing cases:")[0]
    assert "line 12: `return 'C'`" in ranked and "line 10: `if score > 80:`" in ranked
    assert "line 3:" not in ranked  # scale() is not run by the failing case
    assert "`grade(score)`: A above 90, B above 80, else C." in prompt
    assert "`scale(x)`: Twice x." in prompt  # a callee's doc

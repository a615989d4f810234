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


def _llm_session(code: str, answer, test: str, limits: Limits = Limits(10), recorded: list | None = None):
    """A session with the LLM engine answering ``answer(prompt)``; the server's prompts come back too."""
    with LLMServer(answer=answer) as server, Sandbox(files={"test_solution.py": test}) as box:
        engine = LLMEngine(Settings(model="test", base_url=server.url, api_key="k"))
        check = box.checker([sys.executable, "-S", "test_solution.py"], limits)

        def recording(files, timeout=None):
            if recorded is not None:
                recorded.append(timeout)
            return check(files, timeout)

        return repair({"solution.py": code}, recording, engine), list(server.prompts)


def test_an_llm_answer_that_special_cases_the_tests_is_never_run() -> None:
    cheat = "def add(a, b):\n    if b == 7:\n        return 7\n    if a == 5:\n        return 10\n    if b == 2:\n        return 3\n    return a - b\n"

    result, prompts = _llm_session(BUGGY, lambda prompt: f"```python\n{cheat}```", judge_script(FUNCTION, CASES))

    assert len(prompts) == 1 and not result.fixed
    assert result.files["solution.py"] == BUGGY and result.runs == 2  # the buggy code and its traced run, never the cheat


def test_an_llm_answer_is_cut_down_to_the_change_the_tests_need() -> None:
    code = BUGGY + "\n\ndef double(x):\n    return 2 * x\n"
    answer = FIXED + "\n\ndef double(x):\n    return x + x\n"  # a rewrite nobody asked for

    result, _ = _llm_session(code, lambda prompt: f"```python\n{answer}```", judge_script(FUNCTION, CASES))

    assert result.fixed and result.files["solution.py"] == FIXED + "\n\ndef double(x):\n    return 2 * x\n"


def test_a_hanging_start_does_not_slow_the_llm_candidates() -> None:
    """The buggy code loops forever: its run is cut at the command's limit, and
    the candidates' limit comes from runs that finish (none yet: the minimum)."""
    hangs = "def add(a, b):\n    while a != b or True:\n        pass\n"
    timeouts: list = []

    result, _ = _llm_session(hangs, lambda prompt: f"```python\n{FIXED}```", judge_script(FUNCTION, CASES), Limits(3), timeouts)

    assert result.fixed
    assert timeouts[0] is None and all(t is not None and t <= 1.0 for t in timeouts[1:])

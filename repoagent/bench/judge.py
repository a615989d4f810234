"""A local judge per instance, and its check.

For DebugBench data the judge parses the examples (``Input: a = [1,2], k = 3``,
``Output: 4``) into calls of the ``Solution`` method, and adds hidden cases by
differential testing: inputs derived from the examples (a number nudged, a list
reversed, sorted or shortened, a string reversed) are run on the correct solution
in the sandbox and its outputs become the expected ones. The engine's test command
runs the examples only; the final verdict runs examples and hidden cases.

A judge is kept only if the correct solution passes it and the buggy code fails
it; the reason an instance is dropped is recorded, so the report can say how many
instances the judge can run.
"""

from __future__ import annotations

import ast
import io
import json
import random
import sys
import tokenize
from dataclasses import dataclass
from importlib.resources import files as package_files

from repoagent.bench.dataset import Instance
from repoagent.debug.sandbox import Limits, RunResult, Sandbox

SOLUTION = "solution.py"
_HIDDEN_PER_EXAMPLE = 4
_MAX_HIDDEN = 8


class Unsupported(Exception):
    """The judge cannot run this instance; the message says why (for the report)."""


@dataclass(frozen=True)
class Judge:
    """What the engine may run (``visible``) and what decides (``full``)."""

    visible: dict[str, str]
    full: dict[str, str]
    command: tuple[str, ...]

    def run(self, solution: str, limits: Limits, hidden: bool = False) -> RunResult:
        """Judge ``solution`` on the visible cases, or on all cases with ``hidden``."""
        with Sandbox(files=self.full if hidden else self.visible) as box:
            return box.run(self.command, limits, {SOLUTION: solution})


def build_judge(instance: Instance, limits: Limits) -> Judge:
    """The checked judge for ``instance``; raises :class:`Unsupported` when there is none."""
    judge = _jsonl_judge(instance) if instance.test_code is not None else _debugbench_judge(instance, limits)
    if instance.oracle_code is not None and not judge.run(instance.oracle_code, limits, hidden=True).ok:
        raise Unsupported("the correct solution fails the judge")
    if judge.run(instance.buggy_code, limits, hidden=True).ok:
        raise Unsupported("the buggy code passes the judge")
    return judge


def _python(*args: str) -> tuple[str, ...]:
    # -S: no site-packages (faster start); PYTHONHASHSEED (set by the sandbox) still applies.
    return (sys.executable, "-S", *args)


def _jsonl_judge(instance: Instance) -> Judge:
    visible = {"test_solution.py": instance.test_code or ""}
    full = {"test_solution.py": instance.hidden_test_code or instance.test_code or ""}
    return Judge(visible, full, _python("test_solution.py"))


def _debugbench_judge(instance: Instance, limits: Limits) -> Judge:
    if not instance.oracle_code:
        raise Unsupported("no correct solution to derive hidden cases from")
    examples = [parse_example(text) for text in instance.examples]
    examples = [example for example in examples if example is not None]
    if not examples:
        raise Unsupported("no example could be parsed")
    method = _entry_method(instance.oracle_code, set(examples[0][0]))
    harness = package_files("repoagent.bench").joinpath("harness.py").read_text(encoding="utf-8")
    inputs = [args for args, _ in examples] + _derived_inputs([args for args, _ in examples])
    outputs = _record(harness, instance.oracle_code, method, inputs, limits)
    compare = _comparison([out for out in outputs[: len(examples)]], [expected for _, expected in examples])
    cases = [{"args": args, "expected": expected} for args, expected in examples]
    hidden = [
        {"args": args, "expected": out["value"]}
        for args, out in zip(inputs[len(examples) :], outputs[len(examples) :])
        if out["ok"]
    ][:_MAX_HIDDEN]
    visible_spec = {"method": method, "compare": compare, "cases": cases}
    full_spec = {**visible_spec, "cases": cases + hidden}
    return Judge(
        {"harness.py": harness, "cases.json": json.dumps(visible_spec)},
        {"harness.py": harness, "cases.json": json.dumps(full_spec)},
        _python("harness.py", SOLUTION, "cases.json"),
    )


def parse_example(text: str) -> tuple[dict[str, object], object] | None:
    """``({name: value}, expected)`` from a LeetCode example, or ``None``."""
    if "Input:" not in text or "Output:" not in text:
        return None
    given = text.split("Input:", 1)[1].split("Output:", 1)[0].strip()
    result = text.split("Output:", 1)[1].split("Explanation:", 1)[0].strip()
    try:
        call = ast.parse(f"f({_pythonize(given)})", mode="eval").body
        expected = ast.literal_eval(_pythonize(result))
        assert isinstance(call, ast.Call) and not call.args
        return {kw.arg: ast.literal_eval(kw.value) for kw in call.keywords if kw.arg}, expected
    except (SyntaxError, ValueError, AssertionError, TypeError, tokenize.TokenError, MemoryError, RecursionError):
        return None


def _pythonize(text: str) -> str:
    """JSON-ish literals to Python: ``true``/``false``/``null`` outside strings."""
    names = {"true": "True", "false": "False", "null": "None"}
    tokens = [
        (tok.type, names.get(tok.string, tok.string) if tok.type == tokenize.NAME else tok.string)
        for tok in tokenize.generate_tokens(io.StringIO(text.replace("\n", " ")).readline)
    ]
    return tokenize.untokenize(tokens).strip()


def _entry_method(code: str, names: set[str]) -> str:
    try:
        tree = ast.parse(code)
    except SyntaxError as error:
        raise Unsupported("the correct solution does not parse") from error
    solution = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Solution"), None)
    if solution is None:
        raise Unsupported("no Solution class (a design problem)")
    methods = [n for n in solution.body if isinstance(n, ast.FunctionDef) and not n.name.startswith("_")]
    for method in methods:
        if {a.arg for a in method.args.args[1:]} == names:
            if "Node" in _signature(method):
                raise Unsupported("an argument type the judge cannot build (Node)")
            return method.name
    raise Unsupported("no Solution method takes the examples' arguments")


def _signature(method: ast.FunctionDef) -> str:
    text = " ".join(ast.unparse(a.annotation) for a in method.args.args if a.annotation)
    text += " " + (ast.unparse(method.returns) if method.returns else "")
    return text.replace("ListNode", "").replace("TreeNode", "")


def _derived_inputs(examples: list[dict[str, object]]) -> list[dict[str, object]]:
    """Inputs near the examples: one argument changed at a time (seeded, reproducible)."""
    rng = random.Random(0)
    derived: list[dict[str, object]] = []
    for args in examples:
        variants = [{**args, name: new} for name, value in args.items() for new in _nearby(value)]
        rng.shuffle(variants)
        derived += [v for v in variants if v not in examples and v not in derived][:_HIDDEN_PER_EXAMPLE]
    return derived


def _nearby(value: object) -> list[object]:
    if isinstance(value, bool):
        return [not value]
    if isinstance(value, int):
        return [v for v in (value + 1, value - 1, value * 2) if (v >= 0) == (value >= 0) or value < 0]
    if isinstance(value, str) and len(value) > 1:
        return [value[::-1], value[1:] + value[0]]
    if isinstance(value, list) and len(value) > 1:
        nearby: list[object] = [value[::-1], value[:-1], value[1:] + value[:1]]
        if all(isinstance(v, (int, str)) and not isinstance(v, bool) for v in value) and len({type(v) for v in value}) == 1:
            nearby.append(sorted(value))  # type: ignore[type-var]
        return nearby
    return []


def _record(harness: str, oracle: str, method: str, inputs: list[dict[str, object]], limits: Limits) -> list[dict]:
    spec = {"method": method, "cases": [{"args": args, "expected": None} for args in inputs]}
    with Sandbox(files={"harness.py": harness, "cases.json": json.dumps(spec), SOLUTION: oracle}) as box:
        result = box.run(_python("harness.py", SOLUTION, "cases.json", "outputs.json"), limits)
        if not result.ok or not (box.root / "outputs.json").exists():
            raise Unsupported("the correct solution does not run on the examples")
        return json.loads(box.read("outputs.json"))


def _comparison(outputs: list[dict], expected: list[object]) -> str:
    """``exact`` when the correct solution reproduces the examples, ``unordered`` when only up to order."""
    if not all(out["ok"] for out in outputs):
        raise Unsupported("the correct solution fails on an example")
    got = [out["value"] for out in outputs]
    if _all_same(got, expected, ordered=True):
        return "exact"
    if _all_same(got, expected, ordered=False):
        return "unordered"
    raise Unsupported("the correct solution's output differs from an example's")


def _all_same(got: list[object], expected: list[object], ordered: bool) -> bool:
    def norm(value: object) -> object:
        if isinstance(value, tuple):
            value = list(value)
        if isinstance(value, float):
            return round(value, 5)
        if isinstance(value, list):
            items = [norm(v) for v in value]
            return items if ordered else sorted(items, key=repr)
        return value

    return all(norm(a) == norm(b) for a, b in zip(got, expected))

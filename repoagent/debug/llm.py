"""The LLM repair engine: a prompt (template ``debug_repair.j2``) through any
OpenAI-compatible endpoint, with the client and policy the writer uses too
(:mod:`repoagent.llm_client`: the settings' timeout and retries, redaction).

The prompt holds the suspect file, the most suspect lines as localization ranked
them (the tests' spectrum and the traceback), the failing cases' inputs and
outputs as the run reported them, what the failing run printed (unless feedback is
off) and the docs of the functions involved and of what they call; the answer's
code block is the candidate. Like every candidate, it counts only if the tests pass. The session runs it and, if it is not yet passing, calls again with
the new output: that is the feedback loop. Secrets in the file or the output are
replaced by numbered placeholders before the prompt is sent and put back into the
model's file (:class:`repoagent.redact.Redactor`), so none leaves the machine and
none is lost from the code.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from repoagent.config import Settings
from repoagent.debug.engine import Files
from repoagent.debug.failure import Failure
from repoagent.debug.localize import CodeIndex, Suspect
from repoagent.errors import UsageError
from repoagent.llm_client import ChatClient, EndpointError, endpoint_configured, read_reply
from repoagent.redact import Redactor
from repoagent.templating import environment

_MAX_FEEDBACK = 4000
_MAX_SUSPECTS = 8
_MAX_CASES = 10
_CASE_LINE = re.compile(r"returned .*expected|expected .*got|assert |!=|Error:", re.I)


class LLMEngine:
    """Asks the model for the corrected file; one candidate per round."""

    name = "llm"

    def __init__(self, settings: Settings) -> None:
        if not endpoint_configured(settings):
            raise UsageError("the llm engine needs an endpoint; set REPOAGENT_API_KEY or --base-url")
        self._client = ChatClient(settings)
        self._template = environment(None, keep_trailing_newline=True).get_template("debug_repair.j2")

    def propose(self, files: Files, failure: Failure | None, suspects: list[Suspect]) -> Iterator[dict[str, str]]:
        """The model's corrected version of the most suspect file."""
        path = suspects[0].path if suspects else next((p for p in files if p.endswith(".py")), None)
        if path is None:
            return
        redactor = Redactor(numbered=True)
        prompt = self.prompt(path, files[path], failure, suspects, redactor)
        try:
            answer = self._client.complete([{"role": "user", "content": prompt}], temperature=0)
        except EndpointError:
            return  # the endpoint failed after retries: no candidate this round
        code = extract_code(read_reply(answer).text)
        if code:
            code = redactor.restore(code)
        if code and code != files[path]:
            yield {path: code}

    def prompt(
        self, path: str, code: str, failure: Failure | None, suspects: list[Suspect], redactor: Redactor | None = None
    ) -> str:
        """The rendered prompt, secrets redacted (public so the CLI can show it with ``--show-prompt``)."""
        feedback = failure.output[-_MAX_FEEDBACK:] if failure is not None else None
        ranked = [s for s in suspects if s.path == path and s.rank < 50][:_MAX_SUSPECTS]
        source = code.splitlines()
        text = self._template.render(
            path=path, code=code, feedback=feedback,
            suspects=[{"line": s.line, "text": source[s.line - 1].strip()} for s in ranked if 0 < s.line <= len(source)],
            cases=failing_cases(failure.output) if failure is not None else [],
            functions=_functions(path, code, {s.line for s in ranked}),
        )
        return (redactor or Redactor(numbered=True)).redact(text)


def failing_cases(output: str) -> list[str]:
    """The lines of a run that report a failing case's input and output
    (``f(7) returned 14, expected 13``, ``assert 5.0 == 5``), at most a few. Only
    short lines are searched: ``returned .*expected`` on a line repeating
    ``returned`` is quadratic."""
    found = [line.strip() for line in output.splitlines() if len(line) < 400 and _CASE_LINE.search(line)]
    return list(dict.fromkeys(found))[:_MAX_CASES]


def extract_code(answer: str) -> str | None:
    """The last fenced code block of ``answer`` (python preferred), else ``None``."""
    blocks = re.findall(r"```(\w*)\n(.*?)```", answer, re.S)
    python = [body for lang, body in blocks if lang in ("python", "py", "python3")]
    chosen = python or [body for _, body in blocks]
    return chosen[-1] if chosen else None


def _functions(path: str, code: str, lines: set[int]) -> list[dict[str, str]]:
    """Signature and first docstring line of each function holding a suspect line,
    then of the functions those call."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return []
    index = CodeIndex({path: code})
    holding = {f.name for f in index.functions if any(f.first <= n <= f.last for n in lines)}
    called = {c.name for f in index.functions if f.name in holding for c in index.callees(f)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in holding | called:
            doc = (ast.get_docstring(node) or "").strip().splitlines()
            found.append({"name": node.name, "signature": f"{node.name}({ast.unparse(node.args)})", "doc": doc[0] if doc else ""})
    return found

"""Settings: flags, then environment (``REPOAGENT_*``, ``OPENAI_*``), then
``[tool.repoagent]`` in the repository's ``pyproject.toml``, then defaults.

One :class:`Settings` object carries them through the pipeline, so no stage reads
the environment or the pyproject file on its own. Each field declares, in one
place (:func:`setting`), its default, what it means, what it accepts and the
environment variables that set it; validation, ``repoagent init``'s commented
section and the README's settings table all come from there.

A repository's ``pyproject.toml`` is untrusted input (a pull request can change
it), so every value is checked for its type and range before anything runs: a bad
value is one line naming the key, the value, where it came from and what is
expected (exit 2), never a traceback or a silent misreading (``jobs = 2.7``,
``max_file_size = -1``). ``out`` must also resolve, symlinks included, to a folder
inside the repository: pages are written and deleted there.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import os
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from repoagent.errors import UsageError
from repoagent.workspace import FOLDER


#: How Python docstrings are read: detected per docstring, or one style forced.
DOCSTRING_STYLES = ("auto", "google", "numpy", "sphinx")


class Rule(NamedTuple):
    """What one setting means and accepts (kept in its field's metadata)."""

    doc: str
    env: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    above: float | None = None  # exclusive lower bound, for "more than zero"
    choices: tuple[str, ...] = ()
    in_pyproject: bool = True  # False: only from the environment (the API key)


def setting(default: Any, doc: str, **rule: Any) -> Any:
    """A :class:`Settings` field with its :class:`Rule`."""
    return field(default=default, metadata={"rule": Rule(doc, **rule)}, repr=rule.get("in_pyproject", True))


@dataclass(frozen=True)
class Settings:
    """Everything a run can be told. Field names are the ``[tool.repoagent]`` keys."""

    out: str = setting(
        "docs/repoagent", "Folder of the Markdown pages, relative to the repository; must stay inside it.",
        env=("REPOAGENT_OUT",),
    )
    exclude: tuple[str, ...] = setting(
        (), "Gitignore-style patterns of files not to document (`.gitignore` is always honoured)."
    )
    document_tests: bool = setting(
        False, "Document test files and folders too (`tests/`, `test_*.py`, `*_test.go`, `*.spec.ts`, ...)."
    )
    docstring_style: str = setting(
        "auto", "How Python docstrings are read: `auto` detects the style per docstring; the others force one.",
        choices=DOCSTRING_STYLES,
    )
    writer: str = setting(
        "auto", "`auto`: the LLM when `base_url` or an API key is configured, else the static writer.",
        env=("REPOAGENT_WRITER",), choices=("auto", "llm", "static"),
    )
    model: str = setting("gpt-4o-mini", "The LLM model name.", env=("REPOAGENT_MODEL",))
    base_url: str | None = setting(
        None, "An OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp, LM Studio).",
        env=("REPOAGENT_BASE_URL", "OPENAI_BASE_URL"),
    )
    api_key: str | None = setting(
        None, "The LLM key; never from `pyproject.toml`.",
        env=("REPOAGENT_API_KEY", "OPENAI_API_KEY"), in_pyproject=False,
    )
    language: str = setting("English", "The language the documentation is written in.", env=("REPOAGENT_LANGUAGE",))
    jobs: int = setting(4, "Sections written at once, and processes (parsing, a large static run; at most one per core).", env=("REPOAGENT_JOBS",), minimum=1)
    max_file_size: int = setting(
        1_000_000, "Files larger than this many bytes are skipped.", env=("REPOAGENT_MAX_FILE_SIZE",), minimum=1
    )
    temperature: float = setting(
        0.2, "LLM sampling temperature.", env=("REPOAGENT_TEMPERATURE",), minimum=0, maximum=2
    )
    # At most a day: the socket's timeout is a C time_t, and 1e300 crashed the run.
    timeout: float = setting(
        60.0, "Seconds to wait for one LLM answer.", env=("REPOAGENT_TIMEOUT",), above=0, maximum=86_400
    )
    retries: int = setting(
        4, "Retries of an LLM call after a 429, a 5xx or a timeout.", env=("REPOAGENT_RETRIES",), minimum=0
    )
    prompt_budget: int = setting(
        12_000, "Characters of code and context in one LLM prompt.", env=("REPOAGENT_PROMPT_BUDGET",), minimum=1
    )
    max_answer_tokens: int = setting(
        1500, "Cap on the tokens of one LLM answer; 0: no limit.", env=("REPOAGENT_MAX_ANSWER_TOKENS",), minimum=0
    )
    deadline: float = setting(
        120.0, "Seconds for all LLM calls of a run; 0: no limit.", env=("REPOAGENT_DEADLINE",), minimum=0
    )
    retry_fallbacks: int = setting(
        10, "Sections written by the fallback that one run asks the LLM for again; 0: no limit.",
        env=("REPOAGENT_RETRY_FALLBACKS",), minimum=0,
    )
    precise: bool = setting(False, "Resolve Python calls with jedi as well (slower; needs `repoagent[precise]`).")
    lock_wait: float = setting(
        30.0, "Seconds a run that writes waits for another one writing in this repository, then stops.",
        env=("REPOAGENT_LOCK_WAIT",), minimum=0, maximum=86_400,
    )

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied; ``None`` values leave a field as it is."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


def rules() -> dict[str, tuple[dataclasses.Field, Rule]]:
    """Each setting's field and rule, in declaration order."""
    return {f.name: (f, f.metadata["rule"]) for f in dataclasses.fields(Settings)}


def load_settings(root: Path, **flags: Any) -> Settings:
    """Settings for the repository at ``root``; ``flags`` (``None`` = not given) win."""
    values: dict[str, tuple[Any, str]] = {}
    pyproject = root / "pyproject.toml"
    for key, value in _from_pyproject(pyproject).items():
        values[key] = (value, f"{pyproject} [tool.repoagent]")
    for key, (_, rule) in rules().items():
        # The first variable listed wins (REPOAGENT_* before OPENAI_*).
        variable = next((name for name in rule.env if os.environ.get(name)), None)
        if variable is not None:
            values[key] = (_Text(os.environ[variable]), f"environment variable {variable}")
    for key, value in flags.items():
        if value is not None:
            values[key] = (value, "command line")
    settings = Settings(**{key: _checked(key, value, source) for key, (value, source) in values.items()})
    out_inside(root, settings.out, values.get("out", (None, "the default"))[1])
    _key_stays_home(settings, values)
    return settings


def _key_stays_home(settings: Settings, values: dict[str, tuple[Any, str]]) -> None:
    """A :class:`UsageError` when the API key would go to an endpoint the repository
    chose: a pull request that sets ``base_url`` in ``pyproject.toml`` would otherwise
    receive the runner's key in the ``Authorization`` header of every request. The
    key goes only to OpenAI or to an endpoint named by the environment or a flag."""
    source = values.get("base_url", (None, ""))[1]
    if settings.api_key and settings.writer != "static" and source.endswith("[tool.repoagent]"):
        raise UsageError(f"setting base_url = {_shown(settings.base_url)} ({source}) would receive your API key; "
                         "a repository cannot choose where the key goes: set REPOAGENT_BASE_URL or --base-url instead")


def out_inside(root: Path, out: str, source: str) -> Path:
    """The pages folder, resolved; a :class:`UsageError` unless it lies inside the
    repository at ``root`` (symlinks followed) and outside ``.git`` and ``.repoagent``."""
    top = root.resolve()
    if "\0" in out:  # no path holds one; resolving it raises
        raise UsageError(f"setting out = {out!r} ({source}) holds a NUL byte; expected a folder inside the repository")
    folder = (root / out).resolve()
    if folder == top or not folder.is_relative_to(top):
        where = "is the repository itself" if folder == top else f"resolves to {folder}, outside {top}"
        raise UsageError(f"setting out = {out!r} ({source}) {where}; expected a folder inside the repository")
    first = folder.relative_to(top).parts[0]
    if first in {".git", FOLDER}:
        raise UsageError(f"setting out = {out!r} ({source}) is inside {first}/; expected a folder for the pages")
    return folder


def _from_pyproject(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    import tomllib  # 3 ms, for the repositories that have a pyproject.toml only

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise UsageError(f"{path} is not valid TOML ({error}); fix the file or remove it") from error
    except RecursionError as error:  # tomllib recurses per level of arrays and inline tables
        raise UsageError(f"{path} cannot be read: its values are nested too deep; fix the file or remove it") from error
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise UsageError(f"{path}: tool = {_shown(tool)} is not valid; expected a table ([tool.repoagent])")
    section = tool.get("repoagent", {})
    if not isinstance(section, dict):
        raise UsageError(f"{path}: tool.repoagent = {_shown(section)} is not valid; expected a table ([tool.repoagent])")
    found = {key.replace("-", "_"): value for key, value in section.items()}
    known = {key for key, (_, rule) in rules().items() if rule.in_pyproject}
    for key in found:
        if key == "api_key":
            raise UsageError(f"{path}: do not put api_key in pyproject.toml; set REPOAGENT_API_KEY or OPENAI_API_KEY")
        if key not in known:
            raise UsageError(f"unknown setting {key!r} in {path} [tool.repoagent]; known settings: {', '.join(sorted(known))}")
    return found


def _checked(key: str, value: Any, source: str) -> Any:
    """``value`` converted to the setting's type and checked against its rule."""
    if key not in rules():
        raise UsageError(f"unknown setting {key!r} from {source}; known settings: {', '.join(rules())}")
    rule = rules()[key][1]
    converted = _convert(value_type(key), value)
    if converted is _BAD or not _in_range(converted, rule):
        raise UsageError(f"setting {key} = {_shown(value)} ({source}) is not valid; expected {expected(key)}")
    if key == "exclude":
        _check_patterns(converted, source)
    return converted


def _check_patterns(patterns: tuple[str, ...], source: str) -> None:
    """A :class:`UsageError` naming the first of ``patterns`` that cannot be used: no
    gitignore pattern (``[z-a]``), compiled only when a run lists files, would stop
    the run there with a traceback; one of too many wildcards would take hours to
    match. pathspec is imported only when there are patterns."""
    if not patterns:
        return
    from repoagent.sources import pattern_problem

    for pattern in patterns:
        problem = pattern_problem(pattern)
        if problem is not None:
            raise UsageError(f"setting exclude: {_shown(pattern)} ({source}) {problem}; fix or remove it")


_BAD = object()


class _Text(str):
    """A value from the environment: text to parse, where TOML has types."""


def _convert(kind: type, value: Any) -> Any:
    """The value as the setting's type ``kind`` (:func:`value_type`), or :data:`_BAD`.
    Environment values are parsed; TOML values must already have the right type
    (``jobs = 2.7``, ``jobs = "4"`` and ``out = 5`` are mistakes, not something to
    round or convert)."""
    text = isinstance(value, _Text)
    if kind is bool:
        if isinstance(value, bool):
            return value
        words = {"1": True, "true": True, "yes": True, "on": True, "0": False, "false": False, "no": False, "off": False}
        return words.get(value.strip().lower(), _BAD) if text else _BAD
    if kind is int:
        if text:
            try:
                return int(value.strip())
            except ValueError:
                return _BAD
        return value if isinstance(value, int) and not isinstance(value, bool) else _BAD
    if kind is float:
        if text:
            try:
                value = float(value.strip())
            except ValueError:
                return _BAD
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            return _BAD
        return float(value)
    if kind is tuple:
        items = value.split(",") if text else value
        if not isinstance(items, (list, tuple)) or not all(isinstance(item, str) for item in items):
            return _BAD
        return tuple(item.strip() for item in items if item.strip())
    if not isinstance(value, str) or not value.strip():
        return _BAD
    return str(value)


@functools.cache
def value_type(key: str) -> type:
    """The type a setting's value has once set: its annotation, resolved by
    :func:`typing.get_type_hints`, without ``None`` (``str | None`` is ``str``: unset
    is the default, never a value) and without parameters (``tuple[str, ...]`` is
    ``tuple``; the items are strings)."""
    hint = typing.get_type_hints(Settings)[key]
    kinds = [arg for arg in typing.get_args(hint) if arg is not type(None)] if isinstance(hint, types.UnionType) else [hint]
    (kind,) = kinds
    return typing.get_origin(kind) or kind


def _in_range(value: Any, rule: Rule) -> bool:
    if rule.choices and value not in rule.choices:
        return False
    if rule.minimum is not None and value < rule.minimum:
        return False
    if rule.maximum is not None and value > rule.maximum:
        return False
    return rule.above is None or value > rule.above


def expected(key: str, quote: str = "") -> str:
    """What ``key`` accepts, in words (error messages; the README table quotes
    the choices with backticks)."""
    rule = rules()[key][1]
    if rule.choices:
        return "one of " + ", ".join(f"{quote}{choice}{quote}" for choice in rule.choices)
    kind = {
        int: "a whole number",
        float: "a number",
        bool: "true or false",
        str: "a non-empty string",
        tuple: "a list of strings",
    }[value_type(key)]
    bounds = []
    if rule.above is not None:
        bounds.append(f"more than {rule.above:g}")
    if rule.minimum is not None:
        bounds.append(f"at least {rule.minimum:g}")
    if rule.maximum is not None:
        bounds.append(f"at most {rule.maximum:g}")
    return kind + (" " + " and ".join(bounds) if bounds else "")


def _shown(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def settings_table() -> str:
    """The README's settings table, from the fields (a test keeps them equal)."""
    lines = ["| Setting | Default | Accepts | Environment | What it does |", "| --- | --- | --- | --- | --- |"]
    for key, (field_, rule) in rules().items():
        name = f"`{key}`" if rule.in_pyproject else f"({key})"
        default = "none" if field_.default is None else f"`{_toml(field_.default)}`"
        variables = ", ".join(f"`{variable}`" for variable in rule.env) or "-"
        lines.append(f"| {name} | {default} | {expected(key, '`')} | {variables} | {rule.doc} |")
    return "\n".join(lines) + "\n"


def commented_section() -> str:
    """``repoagent init``'s ``[tool.repoagent]`` section: every setting at its
    default, with its meaning above it; unset ones (``base_url``) commented out."""
    lines = ["[tool.repoagent]"]
    for key, (field_, rule) in rules().items():
        if not rule.in_pyproject:
            lines.append(f"# {key}: never here; set {' or '.join(rule.env)}.")
            continue
        lines.append(f"# {rule.doc.replace('`', '')} Accepts {expected(key)}.")
        example = "http://localhost:11434/v1" if field_.default is None else field_.default
        lines.append(f"{'# ' if field_.default is None else ''}{key} = {_toml(example)}")
    return "\n".join(lines) + "\n"


def _toml(value: Any) -> str:
    """A default as TOML (strings quoted, lists bracketed, booleans lower case)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, tuple):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    return str(value)

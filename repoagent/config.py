"""Settings: flags, then environment (``REPOAGENT_*``, ``OPENAI_*``), then
``[tool.repoagent]`` in the repository's ``pyproject.toml``, then defaults.

One :class:`Settings` object carries them through the pipeline, so no stage reads
the environment or the pyproject file on its own.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from repoagent.errors import UsageError

#: How Python docstrings are read: detected per docstring, or one style forced.
DOCSTRING_STYLES = ("auto", "google", "numpy", "sphinx")


@dataclass(frozen=True)
class Settings:
    """Everything a run can be told. Field names are the ``[tool.repoagent]`` keys."""

    out: str = "docs/repoagent"
    exclude: tuple[str, ...] = ()
    writer: str = "auto"
    model: str = "gpt-4o-mini"
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    language: str = "English"
    jobs: int = 4
    max_file_size: int = 1_000_000
    temperature: float = 0.2
    timeout: float = 60.0
    retries: int = 4
    prompt_budget: int = 12_000
    precise: bool = False
    lock_wait: float = 30.0
    document_tests: bool = False
    docstring_style: str = "auto"

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied; ``None`` values leave a field as it is."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


_ENVIRONMENT = {
    "REPOAGENT_OUT": "out",
    "REPOAGENT_WRITER": "writer",
    "REPOAGENT_MODEL": "model",
    "REPOAGENT_BASE_URL": "base_url",
    "OPENAI_BASE_URL": "base_url",
    "REPOAGENT_API_KEY": "api_key",
    "OPENAI_API_KEY": "api_key",
    "REPOAGENT_LANGUAGE": "language",
    "REPOAGENT_JOBS": "jobs",
    "REPOAGENT_MAX_FILE_SIZE": "max_file_size",
    "REPOAGENT_TEMPERATURE": "temperature",
    "REPOAGENT_TIMEOUT": "timeout",
    "REPOAGENT_RETRIES": "retries",
    "REPOAGENT_PROMPT_BUDGET": "prompt_budget",
    "REPOAGENT_LOCK_WAIT": "lock_wait",
}


def load_settings(root: Path, **flags: Any) -> Settings:
    """Settings for the repository at ``root``; ``flags`` (``None`` = not given) win."""
    values: dict[str, Any] = _from_pyproject(root)
    from_environment: dict[str, str] = {}
    for variable, name in _ENVIRONMENT.items():
        # REPOAGENT_* is listed before OPENAI_*, so it wins when both are set.
        if os.environ.get(variable):
            from_environment.setdefault(name, os.environ[variable])
    values.update(from_environment)
    values.update({k: v for k, v in flags.items() if v is not None})
    return _coerce(values, source=f"{root / 'pyproject.toml'} [tool.repoagent] or environment")


def _from_pyproject(root: Path) -> dict[str, Any]:
    path = root / "pyproject.toml"
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise UsageError(f"{path} is not valid TOML ({error}); fix the file or remove it") from error
    section = data.get("tool", {}).get("repoagent", {})
    if not isinstance(section, dict):
        raise UsageError(f"{path}: [tool.repoagent] must be a table")
    if "api_key" in section:
        raise UsageError(f"{path}: do not put api_key in pyproject.toml; set REPOAGENT_API_KEY or OPENAI_API_KEY")
    return {key.replace("-", "_"): value for key, value in section.items()}


def _coerce(values: dict[str, Any], source: str) -> Settings:
    fields = {f.name: f for f in dataclasses.fields(Settings)}
    converted: dict[str, Any] = {}
    for key, value in values.items():
        if key not in fields:
            known = ", ".join(sorted(fields))
            raise UsageError(f"unknown setting {key!r} in {source}; known settings: {known}")
        converted[key] = _convert(key, value, Settings.__dataclass_fields__[key].type)
    settings = Settings(**converted)
    if settings.writer not in {"auto", "llm", "static"}:
        raise UsageError(f"writer must be auto, llm or static, not {settings.writer!r}")
    if settings.docstring_style not in DOCSTRING_STYLES:
        raise UsageError(f"docstring_style must be one of {', '.join(DOCSTRING_STYLES)}, not {settings.docstring_style!r}")
    if settings.jobs < 1:
        raise UsageError(f"jobs must be at least 1, not {settings.jobs}")
    if not 0 <= settings.lock_wait <= 86_400:
        raise UsageError(f"lock_wait must be between 0 and 86400 seconds, not {settings.lock_wait}")
    return settings


def _convert(key: str, value: Any, annotation: str) -> Any:
    try:
        if annotation == "int":
            return int(value)
        if annotation == "float":
            return float(value)
        if annotation == "bool":
            return value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes", "on"}
        if annotation.startswith("tuple"):
            items = value.split(",") if isinstance(value, str) else list(value)
            return tuple(str(item).strip() for item in items if str(item).strip())
        return None if value is None else str(value)
    except (TypeError, ValueError) as error:
        raise UsageError(f"setting {key} has a bad value {value!r}: {error}") from error

"""The registry of languages, keyed by name and by file extension."""

from __future__ import annotations

from pathlib import PurePosixPath

from repoagent.parsing.base import Language
from repoagent.parsing.languages.python import Python

LANGUAGES: dict[str, Language] = {language.name: language for language in (Python(),)}

_BY_EXTENSION: dict[str, Language] = {ext: lang for lang in LANGUAGES.values() for ext in lang.extensions}


def language_for(path: PurePosixPath) -> Language | None:
    """The language that parses ``path``, by extension; ``None`` when none does."""
    return _BY_EXTENSION.get(path.suffix.lower())

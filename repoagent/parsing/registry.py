"""The registry of languages, keyed by name and by file extension."""

from __future__ import annotations

from pathlib import PurePosixPath

from repoagent.parsing.base import Language
from repoagent.parsing.languages.go import Go
from repoagent.parsing.languages.java import Java
from repoagent.parsing.languages.javascript import JavaScript
from repoagent.parsing.languages.python import Python
from repoagent.parsing.languages.rust import Rust
from repoagent.parsing.languages.typescript import TypeScript

LANGUAGES: dict[str, Language] = {
    language.name: language for language in (Python(), JavaScript(), TypeScript(), Go(), Java(), Rust())
}

_BY_EXTENSION: dict[str, Language] = {ext: lang for lang in LANGUAGES.values() for ext in lang.extensions}
_BY_NAME: dict[str, Language] = {name: lang for lang in LANGUAGES.values() for name in lang.file_names}


def language_for(path: PurePosixPath) -> Language | None:
    """The language that parses ``path``, by file name or extension; ``None`` when none does."""
    return _BY_NAME.get(path.name) or _BY_EXTENSION.get(path.suffix.lower())

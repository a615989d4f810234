"""What a language's resolver provides."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

from repoagent.models import Definition, Edge, ParsedFile


class Resolver(Protocol):
    """Turns one language's call sites into edges between definitions.

    ``files`` are the parsed files of this language; ``nodes`` holds every
    definition of the repository by id (all languages), so a resolver can check
    that a target exists. Unresolvable calls are dropped, never guessed. The result
    may carry ``warnings`` (strings), the calls it left out on purpose (too many
    candidates); ``repoagent graph`` shows them. A resolver may empty ``files`` as
    it reads them, so that a parse no one else holds is freed early (Python's does).
    """

    def resolve(self, files: list[ParsedFile], nodes: Mapping[str, Definition]) -> Iterable[Edge]:
        """Yield the edges justified by ``files``' call sites (any order, may repeat)."""
        ...

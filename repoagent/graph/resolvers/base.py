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
    may carry ``warnings`` (strings), among them the calls it left out on purpose
    (too many candidates, worded by :func:`unlinked_call`); ``repoagent graph``
    lists them. A resolver may empty ``files`` as
    it reads them, so that a parse no one else holds is freed early (Python's does).

    A resolver reads a line only to put it on an edge or a warning, to tell sites
    apart, or to compare it with another line of the same file: a stored resolution
    is reused with its lines mapped when only lines moved
    (:mod:`repoagent.graph.flow_key`, which also lists the fields resolvers read).
    """

    def resolve(self, files: list[ParsedFile], nodes: Mapping[str, Definition]) -> Iterable[Edge]:
        """Yield the edges justified by ``files``' call sites (any order, may repeat)."""
        ...


#: How every resolver's warning about a call it left unlinked ends.
UNLINKED = "; no edge drawn"


def unlinked_call(caller: str, line: int, target: str, why: str) -> str:
    """The warning of a call with too many possible callees to link any: one
    wording for every language, so that ``docs`` and ``status`` can count these
    (a large repository has hundreds, which only ``repoagent graph`` need list)."""
    return f"{caller} line {line}: call of {target} {why}{UNLINKED}"


def is_unlinked_call(warning: str) -> bool:
    """Whether ``warning`` is an :func:`unlinked_call` one."""
    return warning.endswith(UNLINKED)

"""Call edges of a small hand-written repository: source text in, (caller, callee) out."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from repoagent.config import Settings
from repoagent.graph.build import build_graph
from repoagent.graph.precise import precise_edges
from repoagent.graph.resolvers.python_flow import PythonResolver
from repoagent.hashing import content_hash
from repoagent.models import ParsedFile
from repoagent.parsing.languages.python import Python
from tests.support.files import write_tree


def parse_tree(root: Path, files: dict[str, str]) -> list[ParsedFile]:
    """Write ``files`` under ``root`` and parse every one with the Python parser, so a
    test can hand the parsed files to :func:`precise_edges` itself."""
    write_tree(root, files)
    language = Python()
    parsed = []
    for relative in sorted(files):
        source = (root / relative).read_bytes()
        parsed.append(language.parse(source, relative, language.module_name(PurePosixPath(relative)), content_hash(source)))
    return parsed


def call_edges(root: Path, files: dict[str, str]) -> set[tuple[str, str]]:
    """The (caller, callee) pairs of the call graph ``repoagent graph`` builds for ``files``."""
    write_tree(root, files)
    return {(edge.caller, edge.callee) for edge in build_graph(root, Settings()).edges}


def precise_call_edges(root: Path, files: dict[str, str]) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The fast resolver's (caller, callee) pairs, and the ones jedi adds to them."""
    parsed = parse_tree(root, files)
    nodes = {d.id: d for f in parsed for d in f.definitions}
    fast = list(PythonResolver().resolve(parsed, nodes))
    extra = precise_edges(root, parsed, nodes)
    return {(e.caller, e.callee) for e in fast}, {(e.caller, e.callee) for e in extra}

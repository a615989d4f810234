"""Which files' resolutions are independent: the components of the import graph.

A resolver's edges for one file depend only on the files whose values can reach
it. In Python those come through imports alone (a class's bases are names
imported or defined in its module), so the weakly connected components of the
import graph can be resolved apart, and a component none of whose files changed
keeps its edges (:mod:`repoagent.graph.build`).

The links use the Python resolver's own module resolution
(:class:`~repoagent.graph.resolvers.python.Index`: module ids, namespace folders,
script folders whose siblings import by bare name, and
:meth:`~repoagent.graph.resolvers.python.Evaluator.canonical_module`), so the
resolver run on one component answers every question as it would on the whole
repository:

* an import of ``m`` links the file to ``m`` and to every module under ``m.``
  (an attribute of a module value can name any submodule, and a namespace folder
  is all its modules); a script's import also to its sibling ``folder.m``;
* a module links to its parent package: whether ``pkg/__init__.py`` exists
  decides whether ``pkg`` is a namespace and whether ``pkg/x.py`` is a script.

The other resolvers look some things up across the whole language, not through
imports (Go's interface implementations, Java's subtypes, Rust's trait impls,
which file a JavaScript or TypeScript specifier names), so each of their groups
is one component.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping

from repoagent.graph.resolvers.python import Evaluator, Index
from repoagent.models import FileHead, ParsedFile


def python_components(files: Iterable[FileHead], imports: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The paths of ``files``, grouped into components (each sorted, ordered by their
    first path); ``imports`` gives each path's imported module names."""
    # Paths and modules are all the index's module resolution reads: no definitions.
    shells = [ParsedFile(f.path, f.language, f.module, f.content_hash) for f in files]
    index = Index(shells)
    evaluator = Evaluator(index)
    owners = {parsed.module: parsed.path for parsed in shells}  # the last file of a module wins, as in the index
    modules = sorted(owners)
    links = _UnionFind(parsed.path for parsed in shells)
    packages: dict[str, str | None] = {}  # module name -> one file of it and the modules under it, all joined

    def package(name: str) -> str | None:
        if name not in packages:
            paths = [owners[module] for module in _under(modules, owners, name)]
            for path in paths[1:]:
                links.join(paths[0], path)
            packages[name] = paths[0] if paths else None
        return packages[name]

    for parsed in shells:
        parent = parsed.module.rpartition(".")[0]
        if parent in owners:
            links.join(parsed.path, owners[parent])
        folder = index.script_folders.get(parsed.path)
        for name in imports.get(parsed.path, ()):
            for candidate in (f"{folder}.{name}" if folder is not None else None, evaluator.canonical_module(name)):
                found = package(candidate) if candidate is not None else None
                if found is not None:
                    links.join(parsed.path, found)
    return links.groups()


def _under(modules: list[str], owners: Mapping[str, str], name: str) -> list[str]:
    """``name`` and the modules below it; ``modules`` is ``owners``' keys, sorted."""
    start = bisect.bisect_left(modules, name + ".")
    end = bisect.bisect_left(modules, name + "/")  # "/" sorts right after "."
    return ([name] if name in owners else []) + modules[start:end]


class _UnionFind:
    """Disjoint sets of paths (networkx would add 0.3 s of import to every run)."""

    def __init__(self, items: Iterable[str]) -> None:
        self._parent = {item: item for item in items}

    def find(self, item: str) -> str:
        root = item
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[item] != root:  # path compression
            self._parent[item], item = root, self._parent[item]
        return root

    def join(self, a: str, b: str) -> None:
        self._parent[self.find(a)] = self.find(b)

    def groups(self) -> list[list[str]]:
        found: dict[str, list[str]] = {}
        for item in sorted(self._parent):
            found.setdefault(self.find(item), []).append(item)
        return list(found.values())

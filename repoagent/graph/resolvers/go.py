"""Go call resolution through packages within the module.

A package is the set of ``.go`` files in one folder with one ``package`` clause
(``x`` and its external tests ``x_test`` are two packages). Its import path is the
nearest ``go.mod``'s module path plus the folder relative to it; without a
``go.mod`` no import path is known and only same-package calls resolve.

Resolved: ``f()`` (a function of the caller's package, any of its files, or of a
dot-imported package), ``pkg.F()`` through an import in the caller's file,
``v.M()`` where ``v`` is the receiver or a variable whose type is written in its
declaration (``var v T``, ``v := T{}``, ``v := &pkg.T{}``), and method
expressions ``T.M(v)``. Type conversions ``T(x)`` are not calls; composite
literals ``&T{}`` never were.

A call through a value of an interface type of the repository (``s.Area()`` with
``s Shape``) reaches the interface's method and the method of every named type of
the repository whose methods include all the interface's (Go's implicit
``implements``, by name; an interface that embeds others is matched on its own
methods only; types of ``_test.go`` files only from test code); more than ``MAX_TARGETS`` such types add none. Everything else
(fields, promoted methods of embedded structs, results of calls) is dropped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from repoagent.graph.resolvers.common import MAX_TARGETS, DeclaredTypes, enclosing
from repoagent.models import Definition, Edge, Kind, ParsedFile


@dataclass
class Package:
    """The top-level names of one Go package, across its files."""

    name: str
    functions: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    methods: dict[tuple[str, str], str] = field(default_factory=dict)  # (type, method) -> id


class GoResolver:
    """The Go :class:`~repoagent.graph.resolvers.base.Resolver`."""

    def resolve(self, files: list[ParsedFile], nodes: Mapping[str, Definition]) -> Iterable[Edge]:
        sources = [f for f in files if f.path.endswith(".go")]
        packages = _packages(sources)
        by_import = _import_paths(files, packages)
        declared = DeclaredTypes(sources)
        implementations = _Implementations(packages.values(), nodes)
        for parsed in sources:
            package = packages[_key(parsed)]
            imported = _imports(parsed, by_import)
            for call in parsed.calls:
                callee = _callee(call.caller, call.target, package, imported, declared, nodes)
                if callee is not None:
                    yield Edge(call.caller, callee, (call.line,))
                    for target in implementations.of(callee, parsed.path.endswith("_test.go")):
                        yield Edge(call.caller, target, (call.line,))


class _Implementations:
    """Which named types implement which interfaces of the repository, by method names."""

    def __init__(self, packages: Iterable[Package], nodes: Mapping[str, Definition]) -> None:
        self.nodes = nodes
        self.methods: dict[str, dict[str, str]] = defaultdict(dict)  # type id -> method name -> id
        for package in packages:
            for (type_name, method), method_id in package.methods.items():
                type_id = package.types.get(type_name)
                if type_id is not None:
                    self.methods[type_id][method] = method_id

    def of(self, method_id: str, in_test: bool) -> list[str]:
        """The methods a call of the interface method ``method_id`` may run; none when
        it is not an interface's or more than ``MAX_TARGETS`` types implement it.
        Types of ``_test.go`` files count only for calls from such files: other code
        meets them only under ``go test``."""
        method = self.nodes[method_id]
        owner = self.nodes.get(method.parent or "")
        if owner is None or owner.keyword != "interface":
            return []
        required = set(self.methods.get(owner.id, {}))
        found = [
            names[method.name]
            for type_id, names in self.methods.items()
            if self.nodes[type_id].keyword != "interface"
            and required <= names.keys()
            and (in_test or not self.nodes[type_id].path.endswith("_test.go"))
        ]
        return sorted(found) if len(found) <= MAX_TARGETS else []


def _key(parsed: ParsedFile) -> tuple[str, str]:
    """(folder, package name): what makes one Go package."""
    return str(PurePosixPath(parsed.path).parent), parsed.definitions[0].signature.removeprefix("package ").strip()


def _packages(files: list[ParsedFile]) -> dict[tuple[str, str], Package]:
    packages: dict[tuple[str, str], Package] = {}
    for parsed in files:
        key = _key(parsed)
        package = packages.setdefault(key, Package(key[1]))
        prefix = len(parsed.module) + 1
        for definition in parsed.definitions[1:]:
            if definition.kind is Kind.FUNCTION and definition.parent == parsed.module and definition.name != "init":
                package.functions[definition.name] = definition.id
            elif definition.kind is Kind.CLASS and definition.parent == parsed.module:
                package.types[definition.name] = definition.id
            elif definition.kind is Kind.METHOD:
                type_name, _, method = definition.id[prefix:].partition(".")
                package.methods[(type_name, method)] = definition.id
    return packages


def _import_paths(files: list[ParsedFile], packages: dict[tuple[str, str], Package]) -> dict[str, Package]:
    """Importable packages by import path: nearest ``go.mod`` module path + folder."""
    modules = {
        str(PurePosixPath(f.path).parent): f.definitions[0].signature.removeprefix("module ").strip()
        for f in files
        if PurePosixPath(f.path).name == "go.mod" and f.definitions[0].signature.startswith("module ")
    }
    found: dict[str, list[Package]] = defaultdict(list)
    for (folder, name), package in packages.items():
        if name.endswith("_test"):
            continue
        path = PurePosixPath(folder)
        for root in (path, *path.parents):
            if str(root) in modules:
                relative = path.relative_to(root).as_posix()
                found[modules[str(root)] + ("" if relative == "." else "/" + relative)].append(package)
                break
    # A folder with two non-test packages does not build; no import path is certain.
    return {path: candidates[0] for path, candidates in found.items() if len(candidates) == 1}


def _imports(parsed: ParsedFile, by_import: dict[str, Package]) -> dict[str, Package]:
    """The file's names for in-repository packages (``.`` for dot imports, possibly several)."""
    names: dict[str, Package] = {}
    for imported in parsed.imports:
        package = by_import.get(imported.module)
        if package is not None:
            local = imported.local or package.name
            names[local if local != "." else f".{len(names)}"] = package
    return names


def _callee(
    caller: str,
    target: str,
    package: Package,
    imported: dict[str, Package],
    declared: DeclaredTypes,
    nodes: Mapping[str, Definition],
) -> str | None:
    if "()" in target:
        return None
    parts = target.split(".")
    if len(parts) == 1:
        dotted = [p.functions.get(target) for local, p in imported.items() if local.startswith(".")]
        found = [c for c in (package.functions.get(target), *dotted) if c is not None]
        return found[0] if len(found) == 1 else None
    if len(parts) != 2:
        return None
    head, member = parts
    type_name = declared.type_of(nodes, caller, head)
    if type_name is not None:
        return _method(type_name, member, package, imported)
    if any(p.name == head for scope in enclosing(nodes, caller) for p in scope.parameters):
        return None  # a parameter of unwritten-here type shadows any package name
    if head in imported:
        return imported[head].functions.get(member)
    if head in package.types:  # a method expression: T.M(v, ...)
        return package.methods.get((head, member))
    return None


def _method(type_name: str, member: str, package: Package, imported: dict[str, Package]) -> str | None:
    """``member`` of the type spelled ``T`` (in the caller's package) or ``pkg.T``."""
    qualifier, _, name = type_name.rpartition(".")
    owner = imported.get(qualifier) if qualifier else package
    return owner.methods.get((name, member)) if owner is not None else None

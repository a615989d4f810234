"""Ids unique across files: a definition that takes another file's id is renamed.

Each file's ids are unique within it (``parsing/base.py``), and module ids are
unique (a second file with a taken module id is dropped), but ids are import paths,
so two files can still meet: ``def run()`` in ``pkg/__init__.py`` and the module
``pkg/run.py`` are both ``pkg.run``. Merged into one graph, the second would hide
the first without a word. So modules keep their ids, files claim the rest deepest
module first (``pkg.run`` before ``pkg``: an import path names the submodule's own
definitions first), then by path; a definition whose id is taken gets the next
free ``~2``, ``~3``... with its nested definitions following it, and one warning
names both files. The choice depends only on the paths and ids, so it is the same
on every run.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from repoagent.models import Definition, FileHead, Kind, ParsedFile

#: Per file, its definitions' old ids -> new ids.
Renames = dict[str, dict[str, str]]


def separate_ids(heads: Mapping[str, FileHead]) -> tuple[Renames, list[str]]:
    """The renames, per file, of the definitions of ``heads`` whose id another file
    has, and one warning line per definition renamed for that reason. Only ids,
    parents and modules decide: the heads stand in for the files."""
    owners = {head.module: path for path, head in heads.items()}
    warnings = []
    found: Renames = {}
    for path in sorted(heads, key=lambda p: (-heads[p].module.count("."), p)):
        head = heads[path]
        members = head.ids[1:]
        if owners.keys().isdisjoint(members):  # no other file has any of its ids (checked in C): none renamed
            owners.update(dict.fromkeys(members, path))
            continue
        own = set(head.ids)
        renames: dict[str, str] = {}
        for node_id, parent in zip(head.ids[1:], head.parents[1:]):
            wanted = _under_renamed_parent(node_id, parent, renames)
            if wanted in owners and owners[wanted] != path:
                new = _free(wanted, owners, own)
                kind = "module" if heads[owners[wanted]].module == wanted else "definition"
                warnings.append(f"{path}: {wanted} is also the id of the {kind} in {owners[wanted]}; "
                                f"this one is documented as {new}")
                wanted = new
            if wanted != node_id:
                renames[node_id] = wanted
            owners[wanted] = path
        if renames:
            found[path] = renames
    return found, warnings


def _under_renamed_parent(node_id: str, parent: str | None, renames: dict[str, str]) -> str:
    """``node_id`` moved under its parent's new id, when the parent was renamed."""
    if parent in renames and node_id.startswith(parent + "."):
        return renames[parent] + node_id[len(parent) :]
    return node_id


def _free(node_id: str, *taken: object) -> str:
    """The first of ``node_id~2``, ``node_id~3``... that no file has."""
    counter = 2
    while any(f"{node_id}~{counter}" in ids for ids in taken):
        counter += 1
    return f"{node_id}~{counter}"


def _renaming(renames: dict[str, str]) -> Callable[[Any], Any]:
    """``id -> its new id`` (``None``, a module's parent, stays ``None``)."""

    def new(node_id: str | None) -> str | None:
        return renames.get(node_id, node_id) if node_id is not None else None

    return new


def renamed_head(head: FileHead, renames: dict[str, str]) -> FileHead:
    """``head`` with its ids and parents renamed (the module's id never is)."""
    new = _renaming(renames)
    return head._replace(ids=head.ids[:1] + tuple(new(i) for i in head.ids[1:]), parents=tuple(new(p) for p in head.parents))


def renamed_definitions(definitions: Iterable[Definition], renames: dict[str, str]) -> tuple[Definition, ...]:
    """``definitions`` with their ids and parents renamed (a module's id never is)."""
    new = _renaming(renames)
    return tuple(dataclasses.replace(d, id=new(d.id), parent=new(d.parent)) if d.kind is not Kind.MODULE else d
                 for d in definitions)


def renamed_parse(parsed_file: ParsedFile, renames: dict[str, str]) -> ParsedFile:
    """``parsed_file`` with its definitions, and every scope naming one, renamed."""
    new = _renaming(renames)
    return dataclasses.replace(
        parsed_file,
        definitions=list(renamed_definitions(parsed_file.definitions, renames)),
        imports=[i._replace(scope=new(i.scope)) for i in parsed_file.imports],
        calls=[c._replace(caller=new(c.caller)) for c in parsed_file.calls],
        assignments=[a._replace(scope=new(a.scope)) for a in parsed_file.assignments],
        returns=[r._replace(scope=new(r.scope)) for r in parsed_file.returns],
    )

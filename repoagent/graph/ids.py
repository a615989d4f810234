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

from repoagent.models import Kind, ParsedFile


def separate_ids(parsed: dict[str, ParsedFile]) -> list[str]:
    """Rename, in place, the definitions of ``parsed`` whose id another file has;
    one warning line per definition renamed for that reason."""
    owners = {parsed_file.module: path for path, parsed_file in parsed.items()}
    warnings = []
    for path in sorted(parsed, key=lambda p: (-parsed[p].module.count("."), p)):
        parsed_file = parsed[path]
        own = {definition.id for definition in parsed_file.definitions}
        renames: dict[str, str] = {}
        for definition in parsed_file.definitions[1:]:
            wanted = _under_renamed_parent(definition.id, definition.parent, renames)
            if wanted in owners and owners[wanted] != path:
                new = _free(wanted, owners, own)
                kind = "module" if parsed[owners[wanted]].module == wanted else "definition"
                warnings.append(f"{path}: {wanted} is also the id of the {kind} in {owners[wanted]}; "
                                f"this one is documented as {new}")
                wanted = new
            if wanted != definition.id:
                renames[definition.id] = wanted
            owners[wanted] = path
        if renames:
            parsed[path] = _renamed(parsed_file, renames)
    return warnings


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


def _renamed(parsed_file: ParsedFile, renames: dict[str, str]) -> ParsedFile:
    """``parsed_file`` with its definitions, and every scope naming one, renamed."""

    def new(node_id: str | None) -> str | None:
        return renames.get(node_id, node_id) if node_id is not None else None

    return dataclasses.replace(
        parsed_file,
        definitions=[
            dataclasses.replace(d, id=new(d.id), parent=new(d.parent)) if d.kind is not Kind.MODULE else d
            for d in parsed_file.definitions
        ],
        imports=[dataclasses.replace(i, scope=new(i.scope)) for i in parsed_file.imports],
        calls=[dataclasses.replace(c, caller=new(c.caller)) for c in parsed_file.calls],
        assignments=[dataclasses.replace(a, scope=new(a.scope)) for a in parsed_file.assignments],
        returns=[dataclasses.replace(r, scope=new(r.scope)) for r in parsed_file.returns],
    )

"""What the brace languages (Go, Java, Rust) share: file module ids
(:class:`BraceLanguage`), leading doc comments, renaming definitions after assembly.

Module ids of these languages are the file's path with ``/`` turned into ``.`` and
the file name's dots into ``_``, extension kept (``cmd/server/main.go`` ->
``cmd.server.main_go``, ``src/lib.rs`` -> ``src.lib_rs``), as for JavaScript and
TypeScript. Keeping the extension keeps them apart from Python module ids in a
mixed repository (``util.go`` and ``util.py`` are ``util_go`` and ``util``); a
Python file would have to be called ``util_go.py`` to collide, and build_graph
reports such a clash instead of merging the two.
Package-level names (Go import paths, Java packages, Rust crate paths) are not
ids: the resolvers compute them from the files.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import PurePosixPath

import tree_sitter as ts

from repoagent.models import Definition
from repoagent.parsing.base import Language


class BraceLanguage(Language):
    """A brace language: module ids from file paths (see the module docstring)."""

    def module_name(self, path: PurePosixPath) -> str:
        """``a/b/c.go`` -> ``a.b.c_go``."""
        return ".".join([*path.parts[:-1], path.name.replace(".", "_")])


def leading_comments(node: ts.Node, is_doc: Callable[[ts.Node], bool], skip: tuple[str, ...] = ()) -> list[ts.Node]:
    """The doc comments right above ``node``: contiguous lines, no blank line between.

    ``skip`` names sibling types that may sit between the comments and the node
    (Rust attributes); they neither break nor join the block.
    """
    found: list[ts.Node] = []
    row = node.start_point[0]
    sibling = node.prev_sibling
    while sibling is not None:
        if sibling.type in skip and sibling.end_point[0] >= row - 1:
            row = sibling.start_point[0]
        elif is_doc(sibling) and sibling.end_point[0] >= row - 1:
            found.append(sibling)
            row = sibling.start_point[0]
        else:
            break
        sibling = sibling.prev_sibling
    found.reverse()
    return found


def rename(definitions: list[Definition], names: dict[str, str]) -> list[Definition]:
    """Definitions with ``names[id]`` as their short name, where given.

    Used for members declared away from their type (a Go method in another file
    than its struct): the id is built from ``Type.member`` so it reads like the
    same-file case, while the name stays the member's own.
    """
    if not names:
        return definitions
    return [dataclasses.replace(d, name=names[d.id]) if d.id in names else d for d in definitions]


def module_definition(module: Definition, path: str, signature: str) -> Definition:
    """The file's module definition named after the file (``util.go``, not ``go``),
    with ``signature`` as the language's file header (``package util``)."""
    return dataclasses.replace(module, name=PurePosixPath(path).name, signature=signature)

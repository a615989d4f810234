"""Which nodes are stale, and why: the graph against the recorded provenance.

A node is

* **new** — no section records its id;
* **changed** — its own-code hash differs from the recorded one;
* **deps-changed** — the hash of its direct callees' signatures differs;
* **deleted** — a section records an id the graph no longer has;
* **moved** — a deleted id and a new id have the same code: the same name and hash
  in another file or scope, or (for definitions with nothing nested in them) the
  same code under another name; or an id now defined in another file (a package
  ``pkg/x/__init__.py`` become the module ``pkg/x.py``, its ids unchanged). Its text
  is kept and moved to the new place (an id whose code also changed is ``changed``
  and written on its new page; either way its old page loses it). Pages
  written by an earlier version of repoagent are recognised too: twins renumbered
  (``f`` and ``f~2`` swapped, the runtime one now having the plain id) and an
  ``@overload`` implementation's old id (``f~3``, after two stubs) now folded into
  ``f``, so locked and LLM-written text survives the upgrade.

* **links-changed** — its section is current, but the links and diagram the page
  draws around it are not what the graph draws now (a caller came or went): the
  section is drawn again around the same text;
* **fallback** — the LLM could not write it last time (the static text stands in):
  a run with the LLM writer asks again, within bounds.

A current section whose own text links to an anchor its page no longer has is
**changed**: its text is written again.

Locked sections (and hand-edited ones, which count as locked) are never stale
while their node exists (but for what the page draws around them: the ``layout``
check may call one links-changed), and a moved one is always just moved. Comparison is on plain
data (:class:`Recorded`), so this module knows nothing about Markdown: what the page
draws is judged by a ``layout`` check, and which fallbacks to retry by a ``retry``
choice, both given by the caller (:func:`repoagent.docs.plan`).
"""

from __future__ import annotations

import enum
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import NamedTuple

from repoagent.graph.model import CallGraph
from repoagent.hashing import short_hash
from repoagent.models import Definition


class Reason(enum.StrEnum):
    NEW = "new"
    CHANGED = "changed"
    DEPS_CHANGED = "deps-changed"
    DELETED = "deleted"
    MOVED = "moved"
    LINKS_CHANGED = "links-changed"
    # The LLM writer could not write it last time (the static text stands in); a run
    # with the LLM writer tries again.
    FALLBACK = "fallback"


REWRITTEN = frozenset({Reason.NEW, Reason.CHANGED, Reason.DEPS_CHANGED, Reason.FALLBACK})


class Layout(enum.Enum):
    """What a ``layout`` check says of a current section's page."""

    CURRENT = "current"
    LINKS_STALE = "links-stale"  # the links or diagram around the text
    TEXT_DANGLES = "text-dangles"  # the text itself links to an anchor that is gone


#: ``layout(node id, ids documented once the changes are applied)``.
LayoutCheck = Callable[[str, set[str]], Layout]
#: ``retry(candidates)``: the ids, among current unlocked sections, to write again.
RetryChoice = Callable[[list["Recorded"]], list[str]]


class Aside(NamedTuple):
    """Files :func:`detect` leaves out of its passes whole (their sections are left
    out of ``recorded`` too), for a plan to cost what changed rather than what is
    (:mod:`repoagent.pages.record`): files whose every node is current as its
    section on the file's own page records it (settled), none of them a ``~N``
    twin (:func:`detachable`). What their pages draw around them can still change:
    ``reopened(documented ids)`` gives the sections of those whose neighbours'
    sections are not as recorded, judged by ``layout`` as any other."""

    paths: Collection[str]
    reopened: Callable[[set[str]], list["Recorded"]]


class Recorded(NamedTuple):
    """What a section's marker says about the node it documents, and where it is (a
    named tuple: a plan makes one per section, 20,000 on the standard library)."""

    id: str
    hash: str
    deps: str
    path: str
    lock: bool = False
    writer: str = ""


class Change(NamedTuple):
    """One stale node. ``path`` is its source file (the old one when deleted);
    ``previous`` is the old id of a moved node."""

    id: str
    reason: Reason
    path: str
    previous: str | None = None


def deps_hash(graph: CallGraph, node_id: str) -> str:
    """A hash of the ids and signatures of ``node_id``'s direct callees."""
    callees = sorted({edge.callee for edge in graph.callees(node_id)})
    return short_hash("\n".join(f"{callee} {graph.nodes[callee].signature_hash}" for callee in callees))


def detect(
    graph: CallGraph,
    recorded: Mapping[str, Recorded],
    source_of: Callable[[Definition], str],
    scope: set[str] | None = None,
    *,
    retry: RetryChoice | None = None,
    layout: LayoutCheck | None = None,
    settled: Collection[str] = frozenset(),
    aside: Aside | None = None,
) -> list[Change]:
    """The stale nodes of ``graph``, sorted by path and id.

    ``source_of`` returns a definition's own source text (used only to recognise a
    renamed definition); ``scope``, when given, limits new, changed, deleted and
    moved nodes to those files, and deps-changed nodes to callers of them. ``retry``
    picks the fallback sections to ask for again (none without it); ``layout``
    judges the pages around the sections nothing else made stale (not at all
    without it). ``settled`` ids are known to have the own-code and deps hashes
    their sections record (:mod:`repoagent.pages.record`): they are not hashed again.
    ``aside`` files are not looked at but for their pages' layout (:class:`Aside`);
    fallbacks picked among every section (``retry``) take none aside.
    """
    if aside is not None and aside.paths and retry is not None:
        raise ValueError("fallbacks to retry are picked among every section: none can be set aside")
    nodes = graph.nodes if aside is None or not aside.paths else {
        d.id: d for path in graph.files if path not in aside.paths for d in graph.files[path].definitions}
    changes: list[Change] = []
    renumbered = _renumbered(nodes, recorded, graph)
    taken = {node.id for node, _ in renumbered} | {old.id for _, old in renumbered}
    # An id recorded for another file: its section may be another object's (a module
    # that took the id, now gone) or this one's, moved with its file; matched as both.
    rehomed = {node_id for node_id, node in nodes.items()
               if node_id in recorded and recorded[node_id].path != node.path and node_id not in taken}
    new = [node for node_id, node in nodes.items()
           if (node_id not in recorded or node_id in rehomed) and node_id not in taken]
    # A skipped file's objects are not gone: the file is there, it was just not read.
    gone = [entry for entry_id, entry in recorded.items()
            if (entry_id not in graph.nodes or entry_id in rehomed) and entry_id not in taken
            and graph.skipped_because(entry.path) is None]
    moves = renumbered + _moves(new, gone, graph, source_of)
    moved_ids = {node.id for node, _ in moves}
    for node, old in moves:
        if scope is None or node.path in scope or old.path in scope:
            # A locked section moves as it is: its text is the user's, whatever it says.
            reason = Reason.MOVED if old.lock or deps_hash(graph, node.id) == old.deps else Reason.DEPS_CHANGED
            changes.append(Change(node.id, reason, node.path, old.id))
    moved_from = {old.id for _, old in moves}
    for entry in gone:
        unmatched_rehomed = entry.id in rehomed and entry.id not in moved_ids
        if entry.id not in moved_from and not unmatched_rehomed and (scope is None or entry.path in scope):
            changes.append(Change(entry.id, Reason.DELETED, entry.path))
    # A renumbered member's old id may be linked from its parent's text: rewrite it.
    relisted = {node.parent for node, _ in renumbered if node.parent in recorded and not recorded[node.parent].lock}
    for node_id, node in nodes.items():
        entry = recorded.get(node_id)
        if node_id in rehomed and node_id not in moved_ids:
            if node_id in moved_from:  # its old section went to another object
                entry = None
            elif scope is None or node.path in scope or entry.path in scope:
                changes.append(Change(node_id, _rehoming_reason(graph, node, entry), node.path, node_id))
                continue
        reason = None if node_id in settled and entry is not None else _reason(graph, node, entry, scope)
        if reason is None and node_id in relisted:
            reason = Reason.CHANGED
        if reason is not None and node_id not in moved_ids:
            changes.append(Change(node_id, reason, node.path))
    if retry is not None:
        changes += _retried(graph, recorded, changes, retry)
    if layout is not None:
        changes += _relaid(graph, recorded, changes, layout, aside)
    return sorted(changes, key=lambda change: (change.path, change.id))


def documented(graph: CallGraph, recorded: Iterable[str], changes: list[Change]) -> set[str]:
    """Ids that have a section once ``changes`` are applied: links only point there."""
    # (a deleted section's id may be in the graph again, as another object's: moved there)
    deleted = {c.id for c in changes if c.reason is Reason.DELETED and c.id not in graph.nodes}
    # The ids' dict view intersected with the sections in C: not a Python ``in graph.nodes`` per section.
    return (graph.nodes.paths.keys() & recorded | {c.id for c in changes}) - deleted


def _untouched(graph: CallGraph, recorded: Mapping[str, Recorded], changes: list[Change], locked: bool = False) -> list[Recorded]:
    """Sections of existing nodes that no change names (as new, old or moved);
    unlocked ones only unless ``locked``."""
    touched = {change.id for change in changes} | {change.previous for change in changes if change.previous}
    return [entry for entry in recorded.values()
            if entry.id in graph.nodes and entry.id not in touched and (locked or not entry.lock)]


def _retried(graph: CallGraph, recorded: Mapping[str, Recorded], changes: list[Change], retry: RetryChoice) -> list[Change]:
    return [Change(node_id, Reason.FALLBACK, graph.nodes[node_id].path)
            for node_id in retry(_untouched(graph, recorded, changes))]


def detachable(graph: CallGraph, settled: Collection[str]) -> set[str]:
    """The ``settled`` files :func:`detect` may set aside: those with no node in a
    group of ``~N`` twins (``f``, ``f~2``...) that a file not settled has a node of
    too, since :func:`_renumbered` may match a twin's section to a twin in another
    file. A group whose files are all settled is set aside whole: its twins' ids,
    hashes and sections are as when the last plan found them current, so they are
    matched to nothing (the standard library's 41 files with twins, 3,500
    definitions, were made and compared on every run)."""
    holders: dict[str, set[str]] = defaultdict(set)  # group -> the files of its twins
    for node_id in graph.nodes:
        if "~" in node_id:
            holders[node_id.split("~", 1)[0]].add(graph.path_of(node_id))
    for group, paths in holders.items():
        if group in graph.nodes:
            paths.add(graph.path_of(group))
    twins = {path for paths in holders.values() if not paths.issubset(settled) for path in paths}
    return {path for path in settled if path not in twins}


def _relaid(graph: CallGraph, recorded: Mapping[str, Recorded], changes: list[Change], layout: LayoutCheck,
            aside: Aside | None) -> list[Change]:
    ids = documented(graph, recorded, changes)
    entries = _untouched(graph, recorded, changes, locked=True)
    if aside is not None and aside.paths:
        ids |= {node_id for path in aside.paths for node_id in graph.ids_of(path)}  # settled: all documented
        entries += aside.reopened(ids)
    found = []
    for entry in entries:
        verdict = layout(entry.id, ids)
        if verdict is not Layout.CURRENT:
            reason = Reason.CHANGED if verdict is Layout.TEXT_DANGLES else Reason.LINKS_CHANGED
            found.append(Change(entry.id, reason, graph.path_of(entry.id)))
    return found


def _reason(graph: CallGraph, node: Definition, entry: Recorded | None, scope: set[str] | None) -> Reason | None:
    in_scope = scope is None or node.path in scope
    if entry is None:
        return Reason.NEW if in_scope else None
    if entry.lock:
        return None
    if entry.hash != node.code_hash:
        return Reason.CHANGED if in_scope else None
    if entry.deps != deps_hash(graph, node.id):
        touched = in_scope or any(graph.path_of(edge.callee) in scope for edge in graph.callees(node.id))
        return Reason.DEPS_CHANGED if touched else None
    return None


def _rehoming_reason(graph: CallGraph, node: Definition, entry: Recorded) -> Reason:
    """Why a node whose id now lives in another file is stale: moved as it is when
    it is the user's or nothing but its file changed, else what changed."""
    if entry.lock:
        return Reason.MOVED
    if entry.hash != node.code_hash:
        return Reason.CHANGED
    return Reason.MOVED if entry.deps == deps_hash(graph, node.id) else Reason.DEPS_CHANGED


def _moves(
    new: list[Definition], gone: list[Recorded], graph: CallGraph, source_of: Callable[[Definition], str]
) -> list[tuple[Definition, Recorded]]:
    """Pairs (node, old record) with the same code; only one-to-one matches count."""
    pairs = _unique_pairs(new, lambda node: (node.code_hash, node.name), gone, lambda old: (old.hash, _name(old.id)))
    paired_new = {node.id for node, _ in pairs}
    paired_old = {old.id for _, old in pairs}
    rest = [old for old in gone if old.id not in paired_old]
    old_names = {_name(old.id) for old in rest}
    # A rename: try each unpaired leaf under each old name (few of either in practice).
    renamed = [
        (node, old_name)
        for node in new
        if node.id not in paired_new and not graph.children(node.id)
        for old_name in sorted(old_names - {node.name})
    ]
    pairs += [
        (node, old)
        for (node, _), old in _unique_pairs(
            renamed, lambda item: (_renamed_hash(item[0], item[1], source_of), item[1]), rest, lambda old: (old.hash, _name(old.id))
        )
    ]
    return pairs + _kept_text_moves(new, gone, pairs, graph)


def _kept_text_moves(
    new: list[Definition], gone: list[Recorded], pairs: list[tuple[Definition, Recorded]], graph: CallGraph
) -> list[tuple[Definition, Recorded]]:
    """Locked and edited sections left unpaired, matched by their place in their module.

    Such a section records the code repoagent last wrote it for, so once that code
    changed no hash finds it again: a file then renamed (``pkg/box.py`` to
    ``pkg/boxes.py``) would have taken the person's text with it. ``Box.get_top`` of the
    old module and of exactly one new one are the same object moved; a module's own
    section is not matched so (any new file would be a guess)."""
    paired_new = {node.id for node, _ in pairs}
    paired_old = {old.id for _, old in pairs}
    kept = [old for old in gone if old.lock and old.id not in paired_old]
    if not kept:
        return []
    gone_modules: dict[str, str] = {}  # a gone file's module: the shortest id its sections record
    for old in gone:
        if old.path not in graph.files and len(old.id) < len(gone_modules.get(old.path, old.id + ".")):
            gone_modules[old.path] = old.id

    def module_of(path: str) -> str:
        return graph.ids_of(path)[0] if path in graph.files else gone_modules.get(path, "")

    new_tails = {node.id: _tail(node.id, module_of(node.path)) for node in new if node.id not in paired_new}
    old_tails = {old.id: _tail(old.id, module_of(old.path)) for old in kept}
    return _unique_pairs(
        [node for node in new if new_tails.get(node.id)], lambda node: new_tails[node.id],
        [old for old in kept if old_tails[old.id]], lambda old: old_tails[old.id],
    )


def _tail(node_id: str, module: str) -> str:
    """``node_id`` without its module (``Box.get_top``); empty for the module itself."""
    return node_id[len(module) + 1:] if module and node_id.startswith(module + ".") else ""


def _renumbered(nodes: Mapping[str, Definition], recorded: Mapping[str, Recorded], graph: CallGraph) -> list[tuple[Definition, Recorded]]:
    """Nodes whose ``~N`` id an earlier version numbered otherwise, with their old record.

    An overloaded function's implementation came after its stubs, so it was
    ``f~K`` (K = stubs + 1); now it is ``f``, its stubs folded in. Twins in one scope
    are matched by hash within their group (``f``, ``f~2``...) when the record under
    a node's own id is another twin's code. ``nodes``: the graph's, but for the
    files set aside (:class:`Aside`).
    """
    pairs: dict[str, tuple[Definition, Recorded]] = {}
    twins: dict[str, list[Definition]] = defaultdict(list)
    # Only a group of two or more can trade records, and a second member has a ``~``:
    # the other 99% of ids are not grouped at all.
    numbered = {node_id.split("~", 1)[0] for node_id in nodes if "~" in node_id}
    for node in nodes.values():
        group = node.id.split("~", 1)[0]
        if group in numbered:
            twins[group].append(node)
        old = recorded.get(f"{node.id}~{len(node.overloads) + 1}") if node.overloads else None
        if old is not None and old.id not in graph.nodes and old.path == node.path:
            pairs[node.id] = (node, old)
    for members in twins.values():
        olds = [recorded[node.id] for node in members if node.id in recorded]
        for node in members:
            own = recorded.get(node.id)
            if node.id in pairs or own is None or own.hash == node.code_hash:
                continue
            matches = [old for old in olds if old.hash == node.code_hash and old.id != node.id]
            if len(matches) == 1:
                pairs[node.id] = (node, matches[0])
    return list(pairs.values())


def _unique_pairs(news: list, new_key: Callable, olds: list[Recorded], old_key: Callable) -> list[tuple]:
    """Items of ``news`` and ``olds`` whose keys match one to one."""
    by_new: dict[tuple[str, str], list] = defaultdict(list)
    by_old: dict[tuple[str, str], list[Recorded]] = defaultdict(list)
    for item in news:
        by_new[new_key(item)].append(item)
    for old in olds:
        by_old[old_key(old)].append(old)
    return [(items[0], by_old[key][0]) for key, items in by_new.items() if len(items) == 1 and len(by_old.get(key, ())) == 1]


def _name(node_id: str) -> str:
    return node_id.rsplit(".", 1)[-1].split("~", 1)[0]


def _renamed_hash(node: Definition, old_name: str, source_of: Callable[[Definition], str]) -> str:
    """The own-code hash ``node`` would have under ``old_name``: its source with the
    name in its header replaced (for a definition with nothing nested in it, the
    own-code hash is the hash of its source text)."""
    text = source_of(node)
    keyword = node.signature[: node.signature.find(node.name)].strip() if node.name in node.signature else ""
    pattern = (re.escape(keyword) + r"\s+" if keyword else "") + r"\b(" + re.escape(node.name) + r")\b"
    header = re.search(pattern, text)
    if header is None:
        return ""
    return short_hash(text[: header.start(1)] + old_name + text[header.end(1) :])

"""How ``status`` and ``docs`` print what a run found: one line per stale node and
per edited section, the summary line, or the plan as JSON. Plain functions, without
click: the hook's command lines run without it (:mod:`repoagent.cli.hook_lines`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from repoagent.terminal import say

if TYPE_CHECKING:
    from repoagent.docs import Plan


def say_json(data: dict) -> None:
    """Print ``data`` as JSON; json is imported only for ``--json``, not by a hook's run."""
    import json

    say(json.dumps(data, indent=2), lines=True)


def stamped_line(sections: int) -> str:
    """What a run answered from the ``--staged`` stamp says."""
    return f"docs are current: {sections} sections (index)"


def plan_json(found: Plan) -> dict:
    """The plan as plain data: the view, counts, one entry per stale node and one
    per section edited by hand (kept as if locked)."""
    from repoagent.pages.layout import source_of  # with the plan's modules: a run the stamp answers loads neither

    return {
        "view": found.scope.label,
        "sections": len(found.sections),
        "stale": [
            {"id": c.id, "reason": c.reason.value, "path": c.path, **({"previous": c.previous} if c.previous else {})}
            for c in found.changes
        ],
        "counts": found.counts(),
        "edited": [
            {"id": s.marker.id, "page": s.page, "line": s.line, "code_changed": found.code_changed(s)} for s in found.edited
        ],
        "index": "stale" if found.index_stale else "current",
        "skipped": [{"page": page, "path": source_of(page), "reason": why} for page, why in sorted(found.kept_pages.items())],
    }


def print_plan(found: Plan) -> None:
    """One line per stale node and per edited section, then a one-line summary."""
    from repoagent.pages.layout import INDEX_PAGE, source_of  # with the plan's modules: a run the stamp answers loads neither

    width = max((len(i) for i in [c.id for c in found.changes] + [s.marker.id for s in found.edited]), default=0)
    for change in found.changes:
        where = change.path + (f" (was {change.previous})" if change.previous not in (None, change.id) else "")
        say(f"{change.reason.value:<14}{change.id:<{width}}  {where}")
    for section in found.edited:
        since = "  (its code changed since; review the text)" if found.code_changed(section) else ""
        say(f"{'edited':<14}{section.marker.id:<{width}}  {found.pages.shown(section.page)}:{section.line}{since}")
    for page, why in sorted(found.kept_pages.items()):
        say(f"{'skipped':<14}{source_of(page):<{width}}  {why}; its page is kept as it is")
    if found.index_stale:
        say(f"{'index':<14}{INDEX_PAGE} does not list the pages as they are (an interrupted run?)")
    say(summary_line(found))


def summary_line(found: Plan) -> str:
    edited = f"; {len(found.edited)} edited by hand, kept" if found.edited else ""
    outdated = sum(found.code_changed(section) for section in found.edited)
    edited += f" ({outdated} whose code changed since)" if outdated else ""
    edited += f"; {len(found.kept_pages)} skipped file(s), pages kept" if found.kept_pages else ""
    if not found.changes and found.index_stale:
        return f"index page stale ({found.scope.label}): `repoagent docs` rewrites it{edited}"
    if not found.changes:
        return f"docs are current: {len(found.sections)} sections ({found.scope.label}){edited}"
    counts = ", ".join(f"{number} {reason}" for reason, number in found.counts().items())
    return f"{len(found.changes)} stale ({found.scope.label}): {counts}{edited}"

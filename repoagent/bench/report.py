"""Tabulate bench outcomes: judge coverage, then pass rates per category and subtype.

Pass rates are over the instances the judge kept (DebugBench's own numbers are
over the instances LeetCode could judge, which is every one; ours say how many
the local judge could run, next to the rates).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from repoagent.bench.dataset import CATEGORIES
from repoagent.bench.runner import Outcome


def summarize(outcomes: Iterable[Outcome]) -> dict:
    """The JSON report: totals, drop reasons, per category and per subtype rates."""
    outcomes = list(outcomes)
    kept = [o for o in outcomes if o.kept]
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in kept:
        groups[f"category:{outcome.category}"].append(outcome)
        groups[f"subtype:{outcome.category}/{outcome.subtype}"].append(outcome)
    return {
        "instances": len(outcomes),
        "judged": len(kept),
        "dropped": dict(Counter(o.reason for o in outcomes if not o.kept).most_common()),
        "overall": _rates(kept),
        "groups": {name: _rates(items) for name, items in sorted(groups.items())},
        "subtypes": {c: sorted({o.subtype for o in kept if o.category == c}) for c in sorted({o.category for o in kept})},
        "max_seconds": max((o.seconds for o in kept), default=0.0),
        "median_seconds": _median([o.seconds for o in kept]),
        "outcomes": [o.to_json() for o in outcomes],
    }


def _rates(items: list[Outcome]) -> dict:
    def rate(values: list[bool | None]) -> float | None:
        known = [v for v in values if v is not None]
        return round(100.0 * sum(known) / len(known), 1) if known else None

    located = [o for o in items if o.fix_rank is not None or o.fix_rank_traceback is not None]
    return {
        "n": len(items),
        "feedback": rate([o.fixed for o in items]),
        "no_feedback": rate([o.fixed_blind for o in items]),
        "fix_line_top1": rate([o.fix_rank == 1 for o in located]),
        "fix_line_top5": rate([o.fix_rank is not None and o.fix_rank <= 5 for o in located]),
        "fix_line_traceback_top1": rate([o.fix_rank_traceback == 1 for o in located]),
        "fix_line_traceback_top5": rate([o.fix_rank_traceback is not None and o.fix_rank_traceback <= 5 for o in located]),
    }


def _median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2] if values else 0.0


def table(summary: dict) -> str:
    """A Markdown table of the summary (what the CLI prints and RESULTS.md keeps)."""
    lines = [
        f"Judge: {summary['judged']} of {summary['instances']} instances runnable "
        f"(median {summary['median_seconds']} s, max {summary['max_seconds']} s per instance).",
        "",
        "| group | n | pass % (feedback) | pass % (no feedback) | fix line top-1 / top-5 % | traceback only |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    seen = summary.get("subtypes", {})
    order = [(c, [c, *subtypes, *(s for s in seen.get(c, ()) if s not in subtypes)]) for c, subtypes in CATEGORIES.items()]
    groups = summary["groups"]
    for category, members in order:
        for position, name in enumerate(members):
            key = f"category:{name}" if position == 0 else f"subtype:{category}/{name}"
            if key in groups:
                label = f"**{name}**" if position == 0 else f"&nbsp;&nbsp;{name}"
                lines.append(_row(label, groups[key]))
    lines.append(_row("**all**", summary["overall"]))
    extra = sorted(k for k in groups if k.startswith("category:") and k.split(":", 1)[1] not in CATEGORIES)
    lines += [_row(key.split(":", 1)[1], groups[key]) for key in extra]
    if summary["dropped"]:
        lines += ["", "Dropped by the judge check: " + "; ".join(f"{n} × {why}" for why, n in summary["dropped"].items())]
    return "\n".join(lines)


def _row(label: str, rates: dict) -> str:
    def show(value: float | None) -> str:
        return "–" if value is None else f"{value:.1f}"

    def pair(key: str) -> str:
        return f"{show(rates.get(key + '_top1'))} / {show(rates.get(key + '_top5'))}" if rates.get(key + "_top1") is not None else "–"

    return (f"| {label} | {rates['n']} | {show(rates['feedback'])} | {show(rates['no_feedback'])} "
            f"| {pair('fix_line')} | {pair('fix_line_traceback')} |")


def parts_table(summaries: dict[str, dict]) -> str:
    """One Markdown table of several runs side by side (the honest protocol's
    tuning and checking parts and an own bug set): pass rate with feedback and the
    fix line's top-1 / top-5 rate per category and subtype, ``n`` per run."""
    names = list(summaries)
    seen: dict[str, list[str]] = {}
    for summary in summaries.values():
        for category, subtypes in summary.get("subtypes", {}).items():
            seen.setdefault(category, [])
            seen[category] += [s for s in subtypes if s not in seen[category]]
    categories = list(CATEGORIES) + sorted(c for c in seen if c not in CATEGORIES)
    header = "| group | " + " | ".join(f"{n}: n | pass % | fix line top-1 / top-5 %" for n in names) + " |"
    lines = [header, "|---|" + "---:|---:|---:|" * len(names)]

    def cells(rates: dict | None) -> str:
        if not rates:
            return " | ".join(["", "", ""])
        located = rates.get("fix_line_top1")
        where = "–" if located is None else f"{located:.1f} / {rates['fix_line_top5']:.1f}"
        feedback = "–" if rates["feedback"] is None else f"{rates['feedback']:.1f}"
        return f"{rates['n']} | {feedback} | {where}"

    for category in categories:
        subtypes = [*CATEGORIES.get(category, ()), *(s for s in seen.get(category, []) if s not in CATEGORIES.get(category, ()))]
        keys = [(f"**{category}**", f"category:{category}")] + [(f"&nbsp;&nbsp;{s}", f"subtype:{category}/{s}") for s in subtypes]
        for label, key in keys:
            row = [summaries[n]["groups"].get(key) for n in names]
            if any(row):
                lines.append(f"| {label} | " + " | ".join(cells(r) for r in row) + " |")
    lines.append("| **all** | " + " | ".join(cells(summaries[n]["overall"]) for n in names) + " |")
    times = "; ".join(f"{n}: median {s['median_seconds']} s, max {s['max_seconds']} s" for n, s in summaries.items())
    return "\n".join([*lines, "", f"Time per instance: {times}."])

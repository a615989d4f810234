"""The value-flow solver's core (``graph/resolvers/worklist.py``): copies and rules see
every value, now and later; a variable past the cap holds top, and so does every
variable it flows into, and its rules see top; values keep their arrival order (the
edges must not depend on hash randomisation)."""

from __future__ import annotations

from repoagent.graph.resolvers.worklist import MAX_VALUES, Worklist

TOP = "*"


def test_copies_and_rules_see_values_added_before_and_after() -> None:
    seen: list[tuple[object, ...]] = []
    flow = Worklist(TOP, owner="solver")
    flow.add("a", "f")
    flow.copy("a", "b")
    flow.on("b", (lambda *arguments: seen.append(arguments), "x", 1, None))
    flow.add("a", "g")
    flow.run()
    assert list(flow.values("b")) == ["f", "g"]
    # A rule's function gets the owner, the value, then the rule's own arguments; once
    # per value: "f", still queued when the rule was made, was replayed by ``on`` and
    # is not run again when the queue reaches it.
    assert seen == [("solver", "f", "x", 1, None), ("solver", "g", "x", 1, None)]
    assert list(flow.values("unknown")) == []


def test_a_missing_variable_copies_nothing_and_runs_no_rule() -> None:
    seen: list[object] = []
    flow = Worklist(TOP)
    flow.add("a", "f")
    flow.copy(None, "a")
    flow.on(None, (lambda *arguments: seen.append(arguments), None, None, None))
    flow.run()
    assert list(flow.values("a")) == ["f"]
    assert seen == []


def test_a_variable_past_the_cap_holds_top_and_so_does_everything_it_flows_into() -> None:
    seen: list[object] = []
    flow = Worklist(TOP)
    flow.copy("wide", "downstream")
    flow.copy("downstream", "further")
    flow.on("further", (lambda _, value, *__: seen.append(value), None, None, None))
    flow.add("wide", "v0")
    flow.run()
    for number in range(1, MAX_VALUES + 1):
        flow.add("wide", f"v{number}")
    flow.run()
    assert [list(flow.values(v)) for v in ("wide", "downstream", "further")] == [[TOP]] * 3
    # The rule saw the value that travelled before top, then top once; the values
    # still queued when "wide" became top went no further.
    assert seen == ["v0", TOP]
    flow.copy("wide", "later")
    assert list(flow.values("later")) == [TOP]
    flow.add("further", "x")
    assert list(flow.values("further")) == [TOP]
    late: list[object] = []
    flow.on("wide", (lambda _, value, *__: late.append(value), None, None, None))
    assert late == [TOP]  # a rule added later sees top alone


def test_top_is_the_same_whatever_the_order_values_arrive_in() -> None:
    ends = []
    for order in (range(MAX_VALUES + 4), reversed(range(MAX_VALUES + 4))):
        flow = Worklist(TOP)
        flow.copy("a", "b")
        for number in order:
            flow.add("a", f"v{number}")
        flow.run()
        ends.append((list(flow.values("a")), list(flow.values("b"))))
    assert ends[0] == ends[1] == ([TOP], [TOP])
    flow = Worklist(TOP)
    flow.add("one", "v")
    flow.add("one", TOP)  # top given directly replaces a single value too
    assert list(flow.values("one")) == [TOP]


def test_values_keep_their_arrival_order() -> None:
    flow = Worklist(TOP)
    for value in ["z", "a", "m", "a"]:
        flow.add("v", value)
    assert list(flow.values("v")) == ["z", "a", "m"]

"""The value-flow solver's core (``graph/resolvers/worklist.py``): copies and rules see
every value, now and later; a variable past the cap overflows, and so does every
variable it flows into; values keep their arrival order (the edges must not depend
on hash randomisation)."""

from __future__ import annotations

from repoagent.graph.resolvers.worklist import MAX_VALUES, Worklist


def test_copies_and_rules_see_values_added_before_and_after() -> None:
    seen: list[tuple[object, ...]] = []
    flow = Worklist(owner="solver")
    flow.add("a", "f")
    flow.copy("a", "b")
    flow.on("b", (lambda *arguments: seen.append(arguments), "x", 1, None))
    flow.add("a", "g")
    flow.run()
    assert list(flow.values("b")) == ["f", "g"]
    # A rule may see a value twice (replayed by ``on`` while still queued): rules are
    # idempotent, they only add values and constraints.
    # A rule's function gets the owner, the value, then the rule's own arguments.
    assert set(seen) == {("solver", "f", "x", 1, None), ("solver", "g", "x", 1, None)}
    assert list(flow.values("unknown")) == []


def test_a_variable_past_the_cap_overflows_with_everything_it_flows_into() -> None:
    flow = Worklist()
    flow.copy("wide", "downstream")
    flow.copy("downstream", "further")
    for number in range(MAX_VALUES + 1):
        flow.add("wide", f"v{number}")
    flow.run()
    assert flow.is_full("wide") and flow.is_full("downstream") and flow.is_full("further")
    flow.copy("wide", "later")
    assert flow.is_full("later")
    flow.add("further", "x")
    assert "x" not in flow.values("further")
    assert not flow.is_full("unknown")


def test_values_keep_their_arrival_order() -> None:
    flow = Worklist()
    for value in ["z", "a", "m", "a"]:
        flow.add("v", value)
    assert list(flow.values("v")) == ["z", "a", "m"]

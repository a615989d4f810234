"""Minimal repro (audit10, lark LALR_Analyzer): two containers made by the same builtin
constructor call in one function share their contents.  LALR_Analyzer.__init__ makes
self.includes = defaultdict(set) and self.lookback = defaultdict(set); includes gets
(state, Symbol) pairs, lookback (state, Rule) pairs, and the rule read back from lookback
is compared (lark: ParserState.feed_token -> Symbol.__eq__ / __ne__).  Expected edges:
Analyzer.fill -> Symbol, Analyzer.fill -> Rule, Analyzer.use -> Rule.run, and no
edge to Symbol.__eq__ (from use nor from plain_sets / two_lists)."""
from collections import defaultdict


class Symbol:
    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return id(self)


class Rule:
    def run(self):
        return 1


class Analyzer:
    def __init__(self):
        self.includes = defaultdict(set)
        self.lookback = defaultdict(set)

    def fill(self, key):
        self.includes[key].add((0, Symbol()))
        self.lookback[key].add((0, Rule()))

    def use(self):
        for _, pairs in self.lookback.items():
            for state, rule in pairs:
                rule.run()
                if rule == 3:
                    return rule


def plain_sets():
    a = set()
    b = set()
    a.add(Symbol())
    for x in b:
        if x == 1:
            return x


def two_lists():
    a = list()
    b = list()
    a.append(Symbol())
    for x in b:
        if x == 2:
            return x

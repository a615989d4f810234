"""cleo #14 #23 #34 (NO-NARROWING): Definition.set_definition sorts a mixed list by
isinstance; the else branch's list still gets the Options."""
from __future__ import annotations


class Argument:
    def __init__(self, name):
        self._name = name

    @property
    def name(self):
        return self._name


class Option:
    def __init__(self, name):
        self._name = name

    @property
    def name(self):
        return self._name


class Definition:
    def __init__(self, items: list[Argument | Option]):
        self.arguments = []
        self.options = []
        for item in items:
            if isinstance(item, Option):
                self.options.append(item)
            else:
                self.arguments.append(item)

    def argument_names(self):
        return [a.name for a in self.arguments]   # Argument.name only; Option.name is drawn too


d = Definition([Argument("path"), Option("verbose")])
print(d.argument_names())

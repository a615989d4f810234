# confuse #9 #28: a singledispatchmethod whose base body only raises
# NotImplementedError; every type the callers pass (list, dict) is registered,
# so the base never runs, yet convert -> Choice.convert_choices is drawn.
from collections import abc
from functools import singledispatchmethod


class Choice:
    def __init__(self, choices):
        self.choices = choices

    @singledispatchmethod
    def convert_choices(self, choices, value):
        raise NotImplementedError

    @convert_choices.register(dict)
    def _(self, choices, value):
        return choices[value]

    @convert_choices.register(abc.Sequence)
    def _(self, choices, value):
        return choices[choices.index(value)]

    def convert(self, value):
        return self.convert_choices(self.choices, value)


def main():
    return Choice(['a', 'b']).convert('a'), Choice({'a': 1}).convert('a')

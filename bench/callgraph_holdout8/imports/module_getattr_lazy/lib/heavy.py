"""Imported on first use of `lib.heavy`, through lib.__getattr__."""
from lib.light import scale


def compute(values):
    return [scale(v) for v in values]


def total(values):
    return sum(compute(values))

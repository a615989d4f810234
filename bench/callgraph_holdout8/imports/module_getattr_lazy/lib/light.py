"""Imported by lib.heavy with an absolute import."""
FACTOR = 3


def scale(v):
    return v * FACTOR


def unscale(v):
    return v / FACTOR

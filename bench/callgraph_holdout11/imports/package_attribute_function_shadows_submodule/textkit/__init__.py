from .render import render
from .wrap import wrap as _wrap

__all__ = ["render", "fill"]


def fill(text, width=20):
    return "\n".join(_wrap(text, width))

from .core import Engine as Engine
from . import text

__all__ = ["Engine", "text", "make_engine"]


def make_engine(name):
    return Engine(text.slugify(name))

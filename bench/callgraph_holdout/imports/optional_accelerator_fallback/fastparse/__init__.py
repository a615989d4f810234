from .pure import parse

try:
    from ._speedups import parse
except ImportError:
    pass

__all__ = ["parse"]

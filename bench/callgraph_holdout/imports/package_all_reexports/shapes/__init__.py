from .circle import Circle
from .square import *

__all__ = ["Circle", "make_square"]

from .impl import run as start

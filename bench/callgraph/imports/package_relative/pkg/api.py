from .core import engine


def start():
    engine()

from .core import App as _App


def create_app():
    return _App(name="demo")

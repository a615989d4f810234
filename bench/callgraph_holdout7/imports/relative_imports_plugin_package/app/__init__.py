from .core import Application

__all__ = ["Application", "create_app"]
__version__ = "0.1"


def create_app(config=None):
    app = Application()
    app.config = dict(config or {})
    return app

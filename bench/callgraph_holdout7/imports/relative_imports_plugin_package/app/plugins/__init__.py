"""Plugins register themselves in core.REGISTRY when imported."""
from ..core import REGISTRY
from . import csv_plugin, text_plugin


def load_all(app):
    for name, cls in sorted(REGISTRY.items()):
        app.install(name, cls())
    return app

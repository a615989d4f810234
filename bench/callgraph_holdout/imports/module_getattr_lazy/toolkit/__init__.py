import importlib


def version():
    return "1.0"


def __getattr__(name):
    if name == "heavy":
        return importlib.import_module(".heavy", __name__)
    raise AttributeError(name)

import importlib

__all__ = ["heavy", "light"]


def __getattr__(name):
    if name in __all__:
        module = importlib.import_module(f".{name}", __name__)
        globals()[name] = module
        return module
    raise AttributeError(name)


def version():
    return "1.0"

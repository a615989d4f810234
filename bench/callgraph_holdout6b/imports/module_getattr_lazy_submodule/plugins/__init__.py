import importlib

_LAZY = {"markdown": ".markdown", "csv": ".csv_export"}


def __getattr__(name):
    if name in _LAZY:
        module = importlib.import_module(_LAZY[name], __name__)
        return module.load()
    raise AttributeError(name)


def __dir__():
    return sorted(_LAZY)


def available():
    return __dir__()

"""Cause E (natsort #23): two definitions of dumb() under try/except ImportError; the except
branch's sep() reads the global dumb, which can only be its own branch's (the try's dumb
exists only when the import worked, and then sep is never defined)."""
try:
    import icu_module_that_is_not_installed  # noqa: F401

    def dumb():
        return False

except ImportError:

    def dumb():
        return "A" < "a"

    def sep():
        if dumb():
            return "."
        return ","


def main():
    return sep(), dumb.__code__.co_firstlineno

# tenacity/__init__.py: `def retry` with @t.overload stubs; a call in the default of a
# stub other than the first runs at import, in the module, but is charged to the function
# (the first stub's defaults are charged to the module, as they should be).
# False edge: pkg.retry -> pkg.make_default (true: pkg -> pkg.make_default).
import typing as t


def make_default():
    return 1


@t.overload
def retry(func: t.Callable[..., int]) -> int: ...
@t.overload
def retry(wait: int = make_default()) -> int: ...
def retry(*dargs: t.Any, **dkw: t.Any) -> t.Any:
    return dargs


retry()

# RECALL (not precision): a package whose __init__.py imports one of its submodules by
# name (`from . import utils`, or `from pkg import utils`) loses every call made through
# that name, in every module: a.g -> utils.f and b.g -> utils.f below get no edge (nor
# pkg.g0 -> utils.f). Delete the import in this file and both edges come back.
# Seen in tenacity (`from . import _utils`: _utils.wrap_to_async_func, is_coroutine_callable,
# get_callback_name ... have no caller, 10 call sites).
from . import utils


def g0():
    return utils.f()

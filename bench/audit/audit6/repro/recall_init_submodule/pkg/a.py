from . import utils


def g():
    return utils.f()

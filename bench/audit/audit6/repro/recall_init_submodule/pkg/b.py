from pkg import utils


def g():
    return utils.f()

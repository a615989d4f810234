"""Pretend C accelerator: importing it fails because the extension is not built."""


def dumps(obj):
    return fast_encode(obj)


def fast_encode(obj):
    return repr(obj)


raise ImportError("_speedups extension not compiled")

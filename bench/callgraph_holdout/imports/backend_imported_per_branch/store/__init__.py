def open_backend(name):
    if name == "memory":
        from .backends import memory as module
    else:
        from .backends import disk as module
    return module.Backend()

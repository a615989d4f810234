from .memory import Backend as MemoryBackend


class Backend(MemoryBackend):
    def put(self, key, value):
        super().put(key, value)
        return flush()


def flush():
    return True

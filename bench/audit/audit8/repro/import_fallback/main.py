try:
    from threading import RLock
except Exception:
    # never runs on Python >= 3.7, where threading is always built in
    class RLock:
        'Dummy reentrant lock for builds without threads'
        def __enter__(self):
            pass

        def __exit__(self, exctype, excinst, exctb):
            pass


class LRI:
    def __init__(self):
        self._lock = RLock()
        self.data = {}

    def clear(self):
        with self._lock:
            self.data.clear()


def main():
    LRI().clear()


main()

import functools


def retry(times):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for _ in range(times):
                try:
                    return fn(*args, **kwargs)
                except OSError:
                    pass
            return None

        return wrapper

    return decorate


class Client:
    @retry(2)
    def get(self, path):
        return self._send(path)

    def _send(self, path):
        return path


Client().get("/")

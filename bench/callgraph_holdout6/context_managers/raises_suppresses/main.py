class ExceptionInfo:
    def __init__(self):
        self.value = None

    def fill(self, exc):
        self.value = exc


class RaisesContext:
    def __init__(self, expected, match=None):
        self.expected = expected
        self.match = match
        self.excinfo = ExceptionInfo()

    def __enter__(self):
        return self.excinfo

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            fail(f"DID NOT RAISE {self.expected.__name__}")
        if not issubclass(exc_type, self.expected):
            return False
        self.excinfo.fill(exc)
        return True


class Failed(Exception):
    pass


def fail(message):
    raise Failed(message)


def raises(expected, match=None):
    return RaisesContext(expected, match)


def divide(a, b):
    return a / b


with raises(ZeroDivisionError) as info:
    divide(1, 0)
print(type(info.value).__name__)
try:
    with raises(KeyError):
        divide(4, 2)
except Failed as error:
    print(error)

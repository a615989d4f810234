class LowError(Exception):
    pass


class HighError(Exception):
    def __init__(self, reason):
        super().__init__(reason)


def low():
    raise LowError()


def high():
    try:
        low()
    except LowError as error:
        raise HighError("wrapped") from error


try:
    high()
except HighError:
    pass

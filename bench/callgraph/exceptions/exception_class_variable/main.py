class Timeout(Exception):
    def __init__(self, seconds):
        super().__init__(seconds)
        self.seconds = seconds


def choose():
    return Timeout


def run():
    error_type = choose()
    try:
        raise error_type(3)
    except Timeout:
        pass


run()

import contextlib


def acquire():
    pass


def release():
    pass


@contextlib.contextmanager
def locked():
    acquire()
    yield
    release()


def work():
    with locked():
        pass


work()

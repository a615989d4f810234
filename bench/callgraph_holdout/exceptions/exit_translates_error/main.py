class LowLevelError(Exception):
    def code(self):
        return 500


class ServiceError(Exception):
    def __init__(self, cause):
        super().__init__(str(cause))
        self.cause = cause

    def status(self):
        return self.cause.code()


class translate_errors:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if isinstance(exc, LowLevelError):
            raise ServiceError(exc) from exc
        return False


def query():
    raise LowLevelError("disk")


def handle():
    try:
        with translate_errors():
            query()
    except ServiceError as error:
        return error.status()


handle()

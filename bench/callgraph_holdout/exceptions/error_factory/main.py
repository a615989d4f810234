class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code

    def describe(self):
        return f"{self.code}: {self}"


def make_error(code):
    return AppError(code, "failed")


def run():
    try:
        raise make_error(500)
    except AppError as error:
        return error.describe()


run()

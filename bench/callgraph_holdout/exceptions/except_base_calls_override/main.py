class AppError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def report(self):
        return "error: " + self.message


class NotFound(AppError):
    def report(self):
        return "missing: " + self.message


def find(key):
    raise NotFound(key)


def main():
    try:
        find("x")
    except AppError as error:
        return error.report()


main()

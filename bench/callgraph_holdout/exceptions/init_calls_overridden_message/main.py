class AppError(Exception):
    def __init__(self, subject):
        self.subject = subject
        super().__init__(self.message())

    def message(self):
        return "error in " + self.subject

    def __str__(self):
        return "[app] " + self.args[0]


class NotFound(AppError):
    def __init__(self, subject, path):
        self.path = path
        super().__init__(subject)

    def message(self):
        return "missing " + self.path


def lookup(path):
    raise NotFound("file", path)


def main():
    try:
        lookup("/x")
    except AppError as error:
        return str(error)


main()

class AppError(Exception):
    status = 500

    def to_response(self):
        return {"status": self.status, "error": self.describe()}

    def describe(self):
        return str(self)


class NotFound(AppError):
    status = 404

    def describe(self):
        return "missing: " + str(self)


class Forbidden(AppError):
    status = 403


class Conflict(AppError):
    status = 409

    def describe(self):
        return "conflict"


def find(key):
    if key == "x":
        raise NotFound(key)
    raise Forbidden(key)


def handle(key):
    try:
        return find(key)
    except AppError as error:
        return error.to_response()


handle("x")
handle("y")

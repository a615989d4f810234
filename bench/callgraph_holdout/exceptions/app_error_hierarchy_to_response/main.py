class AppError(Exception):
    status = 500

    def to_response(self):
        return {"status": self.status, "msg": self.message()}

    def message(self):
        return "internal"


class NotFound(AppError):
    status = 404

    def __init__(self, resource):
        super().__init__(resource)
        self.resource = resource

    def message(self):
        return f"{self.resource} not found"


class Forbidden(AppError):
    status = 403


def get_item(key):
    if key == "secret":
        raise Forbidden()
    raise NotFound(key)


def handle(key):
    try:
        return get_item(key)
    except AppError as err:
        return err.to_response()


handle("x")
handle("secret")

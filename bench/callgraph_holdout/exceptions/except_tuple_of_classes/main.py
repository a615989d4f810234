class NotFound(Exception):
    def status(self):
        return 404


class Forbidden(Exception):
    def status(self):
        return 403


def load(name):
    if name == "secret":
        raise Forbidden(name)
    raise NotFound(name)


def respond(name):
    try:
        load(name)
    except (NotFound, Forbidden) as error:
        return error.status()


respond("secret")
respond("x")

class Problem(Exception):
    def describe(self):
        return "problem"


def risky():
    raise Problem()


def guard():
    try:
        risky()
    except Problem as error:
        return error.describe()


guard()

"""The subclass overrides the decorated method without the decorator: no login check there."""
import functools

AUDIT = []


def ensure_session(session):
    if not session.get("user"):
        raise PermissionError("login required")


def require_login(method):
    @functools.wraps(method)
    def checked(self, *args, **kwargs):
        ensure_session(self.session)
        AUDIT.append(method.__name__)
        return method(self, *args, **kwargs)

    return checked


class Dashboard:
    def __init__(self, session):
        self.session = session

    @require_login
    def render(self):
        return self.header() + self.body()

    def header(self):
        return f"Hello {self.session.get('user', 'guest')}\n"

    def body(self):
        return "widgets"


class PublicDashboard(Dashboard):
    def render(self):
        return self.header() + "public widgets"


def show(page):
    try:
        return page.render()
    except PermissionError as err:
        return f"error: {err}"


print(show(Dashboard({"user": "ada"})))
print(show(PublicDashboard({})))
print(AUDIT)

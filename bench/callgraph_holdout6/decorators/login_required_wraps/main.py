import functools

SESSION = {"user": None}


class Forbidden(Exception):
    def __init__(self, view):
        super().__init__(f"login required for {view}")


def current_user():
    return SESSION["user"]


def audit(event):
    print("audit:", event)


def login_required(view):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if current_user() is None:
            raise Forbidden(view.__name__)
        return view(*args, **kwargs)

    return wrapped


def audited(event):
    def decorator(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            audit(event)
            return view(*args, **kwargs)

        return wrapper

    return decorator


@audited("dashboard")
@login_required
def dashboard():
    return f"welcome {current_user()}"


def dispatch(view):
    try:
        return view()
    except Forbidden as error:
        return str(error)


print(dispatch(dashboard))
SESSION["user"] = "ada"
print(dispatch(dashboard), dashboard.__wrapped__.__name__)

import functools


class Forbidden(Exception):
    pass


class Request:
    def __init__(self, user, roles):
        self.user = user
        self.roles = set(roles)


def requires(role):
    def decorate(view):
        @functools.wraps(view)
        def guarded(request, *args):
            if role not in request.roles:
                raise Forbidden(f"{request.user} lacks {role}")
            return view(request, *args)
        return guarded
    return decorate


@requires("staff")
def list_users(request):
    return ["ada", "bob"]


@requires("admin")
def delete_user(request, name):
    purge_sessions(name)
    return f"deleted {name}"


def purge_sessions(name):
    print("purging", name)


def handle(view, request, *args):
    try:
        return view(request, *args)
    except Forbidden as exc:
        return f"403 {exc}"


def main():
    staff = Request("carol", ["staff"])
    print(handle(list_users, staff))
    print(handle(delete_user, staff, "bob"))


if __name__ == "__main__":
    main()

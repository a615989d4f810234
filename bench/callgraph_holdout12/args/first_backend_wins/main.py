class Request:
    def __init__(self, headers):
        self.headers = headers


class TokenBackend:
    def __init__(self, tokens):
        self.tokens = tokens

    def authenticate(self, request):
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        return self.tokens.get(token)


class SessionBackend:
    def authenticate(self, request):
        return load_session(request.headers.get("Cookie"))


class LdapBackend:
    def authenticate(self, request):
        return ldap_bind(request.headers.get("Authorization"))


def load_session(cookie):
    return {"sid=1": "bob"}.get(cookie)


def ldap_bind(credentials):
    print("contacting ldap for", credentials)
    return None


def authenticate(request, *backends):
    for backend in backends:
        user = backend.authenticate(request)
        if user is not None:
            return user
    return None


def login_required(request, *backends):
    user = authenticate(request, *backends)
    if user is None:
        raise PermissionError("anonymous")
    return user


def main():
    backends = [TokenBackend({"t1": "ada"}), SessionBackend(), LdapBackend()]
    print(login_required(Request({"Authorization": "Bearer t1"}), *backends))
    print(login_required(Request({"Cookie": "sid=1"}), *backends[1:]))


if __name__ == "__main__":
    main()

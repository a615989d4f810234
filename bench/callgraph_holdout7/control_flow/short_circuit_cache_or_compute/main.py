CACHE = {"index": "<cached index>"}
CALLS = []


def cached(key):
    CALLS.append(("cached", key))
    return CACHE.get(key)


def compute(key):
    CALLS.append(("compute", key))
    return f"<rendered {key}>"


def store(key, value):
    CACHE[key] = value
    return value


def is_admin(user):
    return user == "root"


def audit(user):
    CALLS.append(("audit", user))
    return True


def deny(user):
    return f"403 for {user}"


def page(key, user):
    body = cached(key) or store(key, compute(key))
    allowed = is_admin(user) and audit(user)
    return body if allowed or key == "index" else deny(user)


print(page("index", "guest"), page("about", "guest"))
print(CALLS)

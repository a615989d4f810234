import functools
import time

CALLS = []
DURATIONS = {}


def record_duration(name, seconds):
    DURATIONS[name] = DURATIONS.get(name, 0) + seconds


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        CALLS.append(fn.__qualname__)
        return fn(*args, **kwargs)

    return wrapper


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            record_duration(fn.__name__, time.perf_counter() - start)

    return wrapper


@logged
@timed
def fetch_user(user_id):
    return {"id": user_id, "name": f"user{user_id}"}


class Reports:
    @logged
    def monthly(self, user_ids):
        return [self.line(fetch_user(u)) for u in user_ids]

    @timed
    def line(self, user):
        return f"{user['id']}: {user['name']}"


print(Reports().monthly([1, 2]))
print(CALLS, sorted(DURATIONS))

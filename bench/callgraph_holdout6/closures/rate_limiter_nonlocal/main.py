def now_tick(state={"t": 0}):
    state["t"] += 1
    return state["t"]


def reject(name):
    return f"{name}: rejected"


def make_limiter(limit, on_reject=reject):
    used = 0

    def allow(name):
        nonlocal used
        now_tick()
        if used >= limit:
            return on_reject(name)
        used += 1
        return f"{name}: ok"

    def reset():
        nonlocal used
        used = 0
        return describe()

    def describe():
        return f"{used}/{limit}"

    allow.reset = reset
    return allow


limiter = make_limiter(1)
print(limiter("a"), limiter("b"))
print(limiter.reset())
strict = make_limiter(0, on_reject=lambda name: reject(name.upper()))
print(strict("c"))

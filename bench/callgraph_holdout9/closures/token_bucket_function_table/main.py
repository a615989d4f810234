"""A token-bucket rate limiter written as closures sharing nonlocal state, returned as
a dict of functions (an object without a class), used by a request handler."""


def make_bucket(capacity, clock):
    tokens = capacity
    last = clock()

    def refill():
        nonlocal tokens, last
        now = clock()
        tokens = min(capacity, tokens + (now - last))
        last = now

    def acquire(cost=1):
        nonlocal tokens
        refill()
        if tokens >= cost:
            tokens -= cost
            return True
        return False

    def remaining():
        return tokens

    return {"acquire": acquire, "remaining": remaining}


def make_clock(step):
    t = 0

    def tick():
        nonlocal t
        t += step
        return t

    return tick


def handle(bucket, request):
    if not bucket["acquire"]():
        return reject(request)
    return f"ok {request}"


def reject(request):
    return f"429 {request}"


bucket = make_bucket(2, make_clock(0.5))
print([handle(bucket, r) for r in ("a", "b", "c", "d")], bucket["remaining"]())

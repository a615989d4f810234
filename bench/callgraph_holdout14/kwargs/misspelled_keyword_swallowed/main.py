"""A misspelled keyword (`on_eror=`) lands in `**options`: the default handler runs."""


def ignore_error(exc, attempt):
    return None


def log_error(exc, attempt):
    print(f"attempt {attempt} failed: {exc}")


def note_retry(attempt):
    print("retrying after attempt", attempt)


def flaky(state):
    state["calls"] += 1
    if state["calls"] < 3:
        raise ConnectionError("reset")
    return "ok"


def with_retries(fn, *args, attempts=3, on_error=ignore_error, **options):
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args)
        except ConnectionError as exc:
            if attempt == attempts:
                raise
            on_error(exc, attempt)
            if options.get("verbose"):
                note_retry(attempt)
    return None


state = {"calls": 0}
print(with_retries(flaky, state, attempts=5, verbose=True, on_eror=log_error))
print(state)

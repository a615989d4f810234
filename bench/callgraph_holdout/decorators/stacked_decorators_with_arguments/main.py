import functools


def retry(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for _ in range(times - 1):
                try:
                    return func(*args, **kwargs)
                except ValueError:
                    pass
            return func(*args, **kwargs)

        return wrapper

    return decorate


def log_calls(label):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            record(label)
            return func(*args, **kwargs)

        return wrapper

    return decorate


def record(label):
    return label


@retry(times=2)
@log_calls("fetch")
def fetch(url):
    return url


fetch("x")

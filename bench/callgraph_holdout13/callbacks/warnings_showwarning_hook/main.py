import warnings

CAPTURED = []


def capture(message, category, filename, lineno, file=None, line=None):
    CAPTURED.append(summarize(message, category))


def summarize(message, category):
    return f"{category.__name__}: {message}"


def fancy_format(message, category, filename, lineno, line=None):
    return decorate(str(message))


def decorate(text):
    return f"*** {text} ***"


def old_api(value):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return new_api(value)


def new_api(value):
    return value * 2


def risky_cast(value):
    if value > 100:
        warnings.warn(f"{value} is large", RuntimeWarning)
    return int(value)


def main():
    warnings.showwarning = capture
    warnings.formatwarning = fancy_format
    warnings.simplefilter("always")
    warnings.simplefilter("ignore", RuntimeWarning)
    print(old_api(3), risky_cast(500.5), risky_cast(7))
    print(CAPTURED)


main()

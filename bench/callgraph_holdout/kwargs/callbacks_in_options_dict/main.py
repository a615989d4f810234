def report(error):
    return "error: %s" % error


def done(result):
    return result


def fetch(url):
    if not url:
        raise ValueError("empty")
    return url


def run(url, on_error=None, on_success=None):
    try:
        result = fetch(url)
    except ValueError as exc:
        return on_error(exc)
    return on_success(result)


options = {"on_error": report, "on_success": done}
run("", **options)
run("http://x", **options)

def finish(result):
    return result


def fail(error):
    return error


def fetch(url, *, on_done, on_error=fail):
    if url:
        return on_done(url)
    return on_error("empty")


fetch("x", on_done=finish)
fetch("", on_done=finish)

def fetch(url, *, on_success=None, on_error=None):
    try:
        body = download(url)
    except IOError as error:
        if on_error is not None:
            on_error(error)
        return None
    if on_success:
        on_success(body)
    return body


def download(url):
    if url.startswith("bad"):
        raise IOError(url)
    return url


def show(body):
    return body


def warn(error):
    return error


fetch("ok", on_success=show)
fetch("bad", on_error=warn)
fetch("plain")

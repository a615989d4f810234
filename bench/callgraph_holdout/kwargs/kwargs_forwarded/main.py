def on_success(value):
    return value


def request(url, callback=None, retries=1):
    return callback(url) if callback else None


def get(url, **options):
    return request(url, **options)


get("x", callback=on_success, retries=2)

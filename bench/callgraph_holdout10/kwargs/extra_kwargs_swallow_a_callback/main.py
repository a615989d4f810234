"""A downloader session whose **extra swallows a callback keyword that nothing reads."""


class Response:
    def __init__(self, url, body):
        self.url, self.body = url, body


def parse_json(body):
    return {"len": len(body)}


def show_progress(done, total):
    print(f"{done}/{total}")


def log_redirect(old, new):
    print(old, "->", new)


class Session:
    def __init__(self, **defaults):
        self.defaults = defaults

    def request(self, url, *, parser=None, on_redirect=None, **extra):
        options = {**self.defaults, **extra}
        if url.startswith("http://") and on_redirect:
            new = "https://" + url[len("http://"):]
            on_redirect(url, new)
            url = new
        resp = Response(url, "{}" * options.get("size", 1))
        return parser(resp.body) if parser else resp


session = Session(size=3)
print(session.request("http://api/x", parser=parse_json, on_progress=show_progress, on_redirect=log_redirect))
print(session.request("https://api/y", on_redirect=log_redirect).url)

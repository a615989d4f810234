class Headers(dict):
    """Case-insensitive headers: keys are normalized on item assignment and lookup."""

    def __setitem__(self, key, value):
        super().__setitem__(normalize(key), value)

    def __getitem__(self, key):
        return super().__getitem__(normalize(key))

    def merge(self, defaults):
        self.update(defaults)
        return self


def normalize(key):
    """Content-Type style: capitalize each dash-separated part."""
    return "-".join(part.capitalize() for part in key.split("-"))


def build_request(extra):
    headers = Headers({"content-type": "text/plain"})
    headers["user-agent"] = "bench/1.0"
    headers.merge(extra)
    copy = dict(headers, **{"x-trace": "1"})
    return headers, copy


headers, copy = build_request({"accept": "*/*"})
print(headers["User-Agent"], sorted(headers), sorted(copy))
print(headers.get("accept"), headers.setdefault("Accept", "text/html"))

"""The loop meant to pick a renderer has no `break`: the last one that accepts stays bound."""


class JsonRenderer:
    def accepts(self, media):
        return media == "application/json"

    def render(self, data):
        return to_json(data)


class HtmlRenderer:
    def accepts(self, media):
        return media.startswith("text/")

    def render(self, data):
        return to_html(data)


class TextRenderer:
    def accepts(self, media):
        return True

    def render(self, data):
        return str(data)


def to_json(data):
    return "{" + ", ".join(f'"{k}": {v!r}' for k, v in data.items()) + "}"


def to_html(data):
    return "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in data.items()) + "</dl>"


RENDERERS = [JsonRenderer(), HtmlRenderer(), TextRenderer()]


def negotiate(media):
    chosen = None
    for renderer in RENDERERS:
        if renderer.accepts(media):
            chosen = renderer
    return chosen


def respond(media, data):
    renderer = negotiate(media)
    return renderer.render(data)


print(respond("application/json", {"id": 7}))
print(respond("text/html", {"id": 8}))

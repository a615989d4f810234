"""Document renderers in a list; the YAML renderer class is only named in isinstance/issubclass."""


class Renderer:
    media_type = None

    def render(self, doc):
        return self.dump(self.prepare(doc))

    def prepare(self, doc):
        return dict(doc)

    def dump(self, data):
        raise NotImplementedError


class JSONRenderer(Renderer):
    media_type = "application/json"

    def dump(self, data):
        return "{" + ", ".join(f'"{k}": {v!r}' for k, v in data.items()) + "}"


class TextRenderer(Renderer):
    media_type = "text/plain"

    def prepare(self, doc):
        return {k: str(v) for k, v in super().prepare(doc).items()}

    def dump(self, data):
        return "\n".join(f"{k}: {v}" for k, v in data.items())


class YAMLRenderer(TextRenderer):
    media_type = "application/yaml"

    def prepare(self, doc):
        return {k.replace("_", "-"): v for k, v in super().prepare(doc).items()}

    def dump(self, data):
        return "---\n" + super().dump(data)


RENDERERS = [JSONRenderer(), TextRenderer()]


def negotiate(accept):
    for r in RENDERERS:
        if r.media_type == accept or isinstance(r, YAMLRenderer) and "yaml" in accept:
            return r
    return RENDERERS[0]


def respond(doc, accept):
    renderer = negotiate(accept)
    streaming = issubclass(type(renderer), YAMLRenderer)
    return renderer.render(doc), streaming


print(respond({"user_id": 1}, "text/plain"))
print(respond({"user_id": 2}, "application/yaml"))

def encode_json(data):
    return "{" + ", ".join(f'"{k}": {v!r}' for k, v in sorted(data.items())) + "}"


def encode_csv(data):
    return ",".join(str(v) for _, v in sorted(data.items()))


def encode_compact_json(data):
    return encode_json(data).replace(" ", "")


def encode_text(data):
    return "\n".join(f"{k}={v}" for k, v in data.items())


DEFAULT_RENDERERS = {"json": encode_json, "csv": encode_csv}
OVERRIDES = {"json": encode_compact_json, "text": encode_text}


class Renderer:
    def __init__(self, **extra):
        self.table = {**DEFAULT_RENDERERS, **OVERRIDES, **extra}

    def render(self, fmt, data):
        encoder = self.table.get(fmt, encode_text)
        return encoder(data)

    def formats(self):
        return sorted(self.table)


renderer = Renderer(yaml=encode_text)
row = {"id": 7, "name": "ada"}
print(renderer.render("json", row), renderer.render("yaml", row), renderer.formats())

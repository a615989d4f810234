class Renderer:
    def render_token(self, t):
        return str(t)


class HTMLRenderer(Renderer):
    def render_token(self, t):
        return "<p>%s</p>" % t


class RSTRenderer(Renderer):
    def list(self, t):
        return render_item(self, t)


def render_item(renderer: Renderer, t):
    return renderer.render_token(t)


RSTRenderer().list(1)
HTMLRenderer().render_token(2)

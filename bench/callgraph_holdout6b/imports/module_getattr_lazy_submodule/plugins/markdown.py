class MarkdownPlugin:
    def render(self, text):
        return f"<p>{text}</p>"


def load():
    return MarkdownPlugin()

def escape(text):
    return str(text).replace("&", "&amp;").replace("<", "&lt;")


def mark_safe(text):
    return f"[safe]{text}"


class Markup:
    def __init__(self, text):
        self.text = text

    def __mod__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        return Markup(self.text % tuple(escape(a) for a in args))

    def __rmod__(self, template):
        return Markup(escape(template) % mark_safe(self.text))

    def __str__(self):
        return self.text

    def __repr__(self):
        return f"Markup({self.text!r})"


def render_link(url, label):
    return Markup('<a href="%s">%s</a>') % (url, label)


def render_title(title):
    return "<h1>%s</h1>" % Markup(title)


def main():
    link = render_link("/a?b=1&c=2", "<click>")
    title = render_title("Tom & Jerry")
    print(repr(link), title)


main()

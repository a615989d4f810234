"""A web framework's error pages: built-in handlers, app handlers built with
dict(zip(...)), merged with the | operator and |=, frozen in a MappingProxyType."""
from types import MappingProxyType


def default_404(path):
    return f"404 {path}"


def default_500(path):
    return f"500 {path}"


def app_404(path):
    return f"<h1>Not here: {escape(path)}</h1>"


def maintenance(path):
    return "back soon"


def escape(text):
    return text.replace("<", "&lt;")


DEFAULTS = {404: default_404, 500: default_500}


class ErrorPages:
    def __init__(self, codes, handlers, maintenance_mode=False):
        table = DEFAULTS | dict(zip(codes, handlers))
        if maintenance_mode:
            table |= {503: maintenance}
        self.table = MappingProxyType(table)

    def render(self, code, path):
        return self.table[code](path)

    def render_all(self, path):
        return {code: handler(path) for code, handler in sorted(self.table.items())}


pages = ErrorPages([404], [app_404], maintenance_mode=True)
print(pages.render(404, "/<x>"))
print(pages.render_all("/y"))

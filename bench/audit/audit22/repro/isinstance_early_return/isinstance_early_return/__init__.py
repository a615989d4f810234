"""Cause C (jinja2 #17 #29): get_template(name: Union[str, Template]) returns a Template
argument at once (`if isinstance(name, Template): return name`), so only strings go on to
_load_template and the loader; the annotation's Template reaches the loader anyway, and
f"{template!r}" there seems to run Template.__repr__."""
from typing import Union


class Template:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<Template {self.name!r}>"


class Loader:
    def get_source(self, template: str):
        if template != "index.html":
            raise LookupError(f"{template!r} not found")
        return "hello"


class Environment:
    def __init__(self):
        self.loader = Loader()

    def get_template(self, name: Union[str, "Template"]):
        if isinstance(name, Template):
            return name
        return self._load_template(name)

    def _load_template(self, name):
        return Template(self.loader.get_source(name))


def main():
    env = Environment()
    t = Template("inline")
    try:
        env.get_template("missing.html")
    except LookupError as e:
        missing = str(e)
    return env.get_template(t) is t, env.get_template("index.html").name, missing

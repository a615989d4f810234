from .escape import escape_all


def render(template, **values):
    return template.format(**escape_all(values))

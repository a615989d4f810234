import json

import text
from text import dumps as text_dumps
from text import slugify


def render(title):
    slug = slugify(title)
    payload = json.dumps({"slug": slug})  # the stdlib's dumps, not text.dumps
    return text_dumps(payload)


def legacy(title):
    from text import legacy_slugify as slugify  # shadows the module-level import

    return slugify(title)


render("Hello World")
legacy("A B")
text.slugify("x")

import html


def escape(text):
    return html.escape(text)


def strip_tags(text):
    out, inside = [], False
    for ch in text:
        if ch == "<":
            inside = True
        elif ch == ">":
            inside = False
        elif not inside:
            out.append(ch)
    return "".join(out)


def shout(text):
    return text.upper()


def render(template, *, escape=None, **context):
    """`escape` is a keyword-only parameter: inside render it hides the module function."""
    if escape is not None:
        context = {key: escape(value) for key, value in context.items()}
    return template.format(**context)


def render_email(name, body):
    return render("Hi {name}: {body}", escape=strip_tags, name=name, body=body)


def render_banner(text):
    return render("** {text} **", escape=shout, text=text)


def render_raw(text):
    return render("{text}", text=text)


print(render_email("<b>Ada</b>", "see <a>link</a>"))
print(render_banner("sale"), render_raw("<i>raw</i>"), escape("<ok>"))

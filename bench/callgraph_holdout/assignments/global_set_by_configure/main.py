def plain(text):
    return text


def fancy(text):
    return "*" + text


formatter = plain


def configure(style):
    global formatter
    if style == "fancy":
        formatter = fancy


def render(text):
    return formatter(text)


render("a")
configure("fancy")
render("b")

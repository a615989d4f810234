def show_int(value):
    return str(value)


def show_text(value):
    return value


HANDLERS = {int: show_int, str: show_text}


def show(value):
    return HANDLERS[type(value)](value)


show(1)
show("a")

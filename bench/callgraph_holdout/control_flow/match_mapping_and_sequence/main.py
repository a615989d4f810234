def on_click(x, y):
    return (x, y)


def on_key(key):
    return key


def on_batch(events):
    return [dispatch(event) for event in events]


def unknown(event):
    return None


def dispatch(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return on_click(x, y)
        case {"type": "key", "key": str(key)}:
            return on_key(key)
        case [*events]:
            return on_batch(events)
        case _:
            return unknown(event)


dispatch({"type": "click", "pos": (1, 2)})
dispatch([{"type": "key", "key": "a"}, {"type": "scroll"}])

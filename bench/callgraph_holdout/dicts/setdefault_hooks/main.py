HOOKS = {}


def on(event, func):
    HOOKS.setdefault(event, []).append(func)


def emit(event):
    for hook in HOOKS.get(event, []):
        hook()


def save_draft():
    return 1


def notify():
    return 2


on("save", save_draft)
on("save", notify)
emit("save")

from typing import Callable


def on_start(event):
    return f"start:{event}"


def on_ready(event):
    return f"ready:{event}"


def on_stop(event):
    return f"stop:{event}"


hook: Callable[[str], str] = on_start
hook = on_ready

current = None


def install(fn):
    global current
    current = fn


def fire(event):
    return current(event)


class Box:
    handler = staticmethod(on_stop)


box = Box()
box.handler, hook = hook, box.handler
install(box.handler)
print(fire("a"), hook("b"))

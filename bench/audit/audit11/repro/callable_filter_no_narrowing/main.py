"""statemachine #41: a class-body scan stores only callables (States go to another branch),
then `func == other` compares the stored callbacks; State.__eq__ gets an edge."""


class State:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return self.name == other


def scan(attrs):
    states, callbacks = [], {}
    for key, value in attrs.items():
        if isinstance(value, State):
            states.append(value)
        elif callable(value):
            callbacks[key] = value
    return callbacks


def same(func, other):
    return type(func) is type(other) and func == other   # callbacks only: no State.__eq__


def on_enter():
    pass


cbs = scan({"idle": State("idle"), "on_enter": on_enter})
for name, f in cbs.items():
    same(f, cbs.get(name))

import shlex


def cmd_add(store, key, value):
    store[key] = coerce(value)
    return f"added {key}"


def cmd_get(store, key):
    return render(store.get(key))


def cmd_list(store):
    return ", ".join(render(v) for v in store.values())


def coerce(value):
    return int(value) if value.isdigit() else value


def render(value):
    return repr(value)


COMMANDS = {name[4:]: fn for name, fn in globals().items() if name.startswith("cmd_")}


def unknown(store, *args):
    return "unknown command"


def dispatch(store, line):
    name, *args = shlex.split(line)
    handler = COMMANDS.get(name, unknown)
    return handler(store, *args)


def main():
    store = {}
    for line in ["add x 5", "add name 'ada l'", "get x", "list", "drop x"]:
        print(dispatch(store, line))


main()

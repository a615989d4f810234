def start(args):
    return f"starting {args}"


def stop(force):
    return "killed" if force else "stopped"


def status():
    return "running"


def usage(word):
    return f"unknown command {word!r}"


def too_many(n):
    return f"{n} arguments"


def execute(line):
    match line.split():
        case ["start", *args] if args:
            return start(args)
        case ["start"]:
            return start(["default"])
        case ["stop", ("-f" | "--force")]:
            return stop(True)
        case ["stop"]:
            return stop(False)
        case ["status"]:
            return status()
        case [word, *rest] if len(rest) > 3:
            return too_many(len(rest))
        case [word, *_]:
            return usage(word)
        case _:
            return ""


for command in ["start web", "stop -f", "status", "frobnicate", "a b c d e", ""]:
    print(execute(command))

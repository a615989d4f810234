"""A CLI entry point with code no run reaches: after return/raise, `while False`, a False flag."""
DEBUG = False


def parse_args(argv):
    return {"verbose": "-v" in argv, "files": [a for a in argv if not a.startswith("-")]}


def load(path):
    return path.upper()


def legacy_loader(path):
    return path


def report(rows):
    return len(rows)


def debug_dump(rows):
    print(rows)


def cleanup_partial(kind):
    return kind


def unsupported(kind):
    raise NotImplementedError(kind)
    cleanup_partial(kind)


def run(argv):
    opts = parse_args(argv)
    rows = [load(p) for p in opts["files"]]
    while False:
        rows = [legacy_loader(p) for p in opts["files"]]
    if DEBUG:
        debug_dump(rows)
    if opts["verbose"]:
        return report(rows)
    return report(rows)
    debug_dump(rows)


try:
    unsupported("xml")
except NotImplementedError:
    pass
print(run(["a.txt", "-v", "b.txt"]))

"""A module that is both a library and a script: its CLI only runs as __main__."""
import sys


def run(paths, verbose=False):
    return [describe(p, verbose) for p in paths]


def describe(path, verbose):
    return f"{path}{' (checked)' if verbose else ''}"


def parse_args(argv):
    return {"paths": [a for a in argv if not a.startswith("-")], "verbose": "-v" in argv}


def cli(argv=None):
    opts = parse_args(sys.argv[1:] if argv is None else argv)
    for line in run(opts["paths"], opts["verbose"]):
        print(line)


if __name__ == "__main__":
    cli()

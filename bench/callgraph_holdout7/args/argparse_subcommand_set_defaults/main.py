import argparse


def cmd_init(args):
    return create_repo(args.path)


def cmd_remove(args):
    return delete_repo(args.path)


def create_repo(path):
    return f"created {path}"


def delete_repo(path):
    return f"deleted {path}"


def build_parser():
    parser = argparse.ArgumentParser(prog="vcs")
    sub = parser.add_subparsers(dest="command")
    init = sub.add_parser("init")
    init.add_argument("path")
    init.set_defaults(func=cmd_init)
    remove = sub.add_parser("remove")
    remove.add_argument("path")
    remove.set_defaults(func=cmd_remove)
    return parser


def run(argv):
    args = build_parser().parse_args(argv)
    return args.func(args)


print(run(["init", "repo"]))

import argparse


class KeyValueAction(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        pairs = getattr(namespace, self.dest) or {}
        key, _, value = values.partition("=")
        pairs[key] = value
        setattr(namespace, self.dest, pairs)


def port(text):
    value = int(text)
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError("bad port")
    return value


def serve(args):
    return f"serving on {args.port} with {args.define}"


def check(args):
    return "ok"


def build_parser():
    parser = argparse.ArgumentParser(prog="app")
    sub = parser.add_subparsers(dest="command")
    s = sub.add_parser("serve")
    s.add_argument("--port", type=port, default=8000)
    s.add_argument("-D", dest="define", action=KeyValueAction)
    s.set_defaults(func=serve)
    sub.add_parser("check").set_defaults(func=check)
    return parser


parser = build_parser()
for argv in (["serve", "--port", "81", "-D", "a=1", "-D", "b=2"], ["check"]):
    args = parser.parse_args(argv)
    print(args.func(args))

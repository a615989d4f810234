import argparse


def port_number(text):
    value = int(text)
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError(f"bad port {text}")
    return value


def csv_list(text):
    return [part.strip() for part in text.split(",") if part.strip()]


def duration(text):
    return parse_seconds(text)


def parse_seconds(text):
    unit = text[-1]
    return int(text[:-1]) * {"s": 1, "m": 60}[unit]


class KeyValueAction(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        pairs = getattr(namespace, self.dest) or {}
        key, _, value = values.partition("=")
        pairs[key] = coerce(value)
        setattr(namespace, self.dest, pairs)


def coerce(value):
    return int(value) if value.isdigit() else value


def build_parser():
    parser = argparse.ArgumentParser(prog="serve")
    parser.add_argument("--port", type=port_number, default=8000)
    parser.add_argument("--hosts", type=csv_list, default="localhost")
    parser.add_argument("--timeout", type=duration, default="30s")
    parser.add_argument("--set", action=KeyValueAction, dest="settings")
    return parser


def main(argv):
    args = build_parser().parse_args(argv)
    return args.port, args.hosts, args.timeout, args.settings


if __name__ == "__main__":
    print(main(["--port", "9000", "--set", "workers=4", "--set", "mode=fast"]))

import json


class ConfigError(Exception):
    pass


def read_source(name):
    sources = {"app.json": '{"port": 80}', "broken.json": '{"port": ', "empty.json": "{}"}
    return sources[name]


def parse(name):
    data = json.loads(read_source(name))
    return data["port"]


def report_syntax(name, exc):
    return f"{name}: bad json at {exc.pos}"


def report_missing_key(name, exc):
    return f"{name}: missing {exc}"


def report_generic(name, exc):
    return f"{name}: {type(exc).__name__}"


def load_port(name):
    try:
        return parse(name)
    except Exception as exc:  # too broad, and first: the clauses below never match
        return report_generic(name, exc)
    except json.JSONDecodeError as exc:
        return report_syntax(name, exc)
    except KeyError as exc:
        return report_missing_key(name, exc)


def require_port(name):
    port = load_port(name)
    if not isinstance(port, int):
        raise ConfigError(port)
    return port


def main():
    for name in ["app.json", "broken.json", "empty.json", "missing.json"]:
        try:
            print(require_port(name))
        except ConfigError as exc:
            print("config error:", exc)


if __name__ == "__main__":
    main()

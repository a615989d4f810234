import re

SECTION = re.compile(r"^\[(\w+)\]$")
PAIR = re.compile(r"^(\w+)\s*=\s*(.*)$")


def parse_int(text):
    return int(text)


def parse_bool(text):
    return text.lower() in ("1", "true", "yes")


def parse_str(text):
    return text.strip()


def load_ini(text):
    data, section = {}, None
    for line in text.splitlines():
        if (match := SECTION.match(line)):
            section = data[match.group(1)] = {}
        elif section is not None and (pair := PAIR.match(line)):
            section[pair.group(1)] = pair.group(2)
    return data


def coerce(value, parsers):
    first, *fallbacks = parsers
    try:
        return first(value)
    except ValueError:
        for parser in fallbacks:
            result = parser(value)
            if result is not None:
                return result


config = load_ini("[server]\nport = 8080\nhost = local\n[debug]\nenabled = yes\n")
port = coerce(config["server"]["port"], [parse_int, parse_str])
host = coerce(config["server"]["host"], (parse_int, parse_str))
enabled = coerce(config["debug"]["enabled"], [parse_bool])
print(port, host, enabled)

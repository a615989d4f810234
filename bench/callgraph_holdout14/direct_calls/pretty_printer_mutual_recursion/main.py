def indent(level):
    return "  " * level


def escape(text):
    return text.replace("\\", "\\\\").replace('"', '\\"')


def format_scalar(value):
    if isinstance(value, str):
        return f'"{escape(value)}"'
    if value is None:
        return "null"
    return str(value).lower() if isinstance(value, bool) else str(value)


def format_list(items, level):
    if not items:
        return "[]"
    inner = [indent(level + 1) + format_value(item, level + 1) for item in items]
    return "[\n" + ",\n".join(inner) + "\n" + indent(level) + "]"


def format_dict(mapping, level):
    if not mapping:
        return "{}"
    inner = [f'{indent(level + 1)}"{escape(k)}": {format_value(v, level + 1)}' for k, v in mapping.items()]
    return "{\n" + ",\n".join(inner) + "\n" + indent(level) + "}"


def format_value(value, level=0):
    if isinstance(value, dict):
        return format_dict(value, level)
    if isinstance(value, (list, tuple)):
        return format_list(value, level)
    return format_scalar(value)


config = {"name": 'svc "a"', "ports": [80, 443], "tls": {"on": True, "cert": None}, "tags": []}
print(format_value(config))

def walk(node, path=()):
    if isinstance(node, dict):
        return walk_dict(node, path)
    if isinstance(node, list):
        return walk_list(node, path)
    return [leaf(path, node)]


def walk_dict(node, path):
    out = []
    for key in sorted(node):
        out.extend(walk(node[key], path + (key,)))
    return out


def walk_list(node, path):
    out = []
    for index, item in enumerate(node):
        out.extend(walk(item, path + (index,)))
    return out


def leaf(path, value):
    return f"{dotted(path)}={value}"


def dotted(path):
    return ".".join(str(p) for p in path)


print(walk({"a": [1, {"b": 2}], "c": "x"}))

TREE = {
    "src": {"app.py": 120, "util": {"io.py": 40, "text.py": 25}},
    "README.md": 8,
    "tests": {"test_app.py": 60},
}


def total_size(node):
    if is_file(node):
        return node
    return sum(total_size(child) for child in node.values())


def is_file(node):
    return isinstance(node, int)


def render(node, name=".", depth=0):
    lines = [line_for(name, node, depth)]
    if not is_file(node):
        for child_name in sorted(node):
            lines.extend(render(node[child_name], child_name, depth + 1))
    return lines


def line_for(name, node, depth):
    suffix = "" if is_file(node) else "/"
    return f"{indent(depth)}{name}{suffix} ({human(total_size(node))})"


def indent(depth):
    return "  " * depth


def human(size):
    return f"{size}k" if size < 1000 else f"{size / 1000:.1f}M"


def largest(node, path=""):
    if is_file(node):
        return node, path
    return max(largest(child, f"{path}/{name}") for name, child in node.items())


def main():
    print("\n".join(render(TREE)))
    print(largest(TREE))


main()

class Node:
    def __init__(self, name, size=0, children=()):
        self.name = name
        self.size = size
        self.children = list(children)

    def first_child(self):
        return self.children[0] if self.children else None

    def largest(self):
        return max(self.children, key=Node.total)

    def total(self):
        return self.size + sum(child.total() for child in self.children)

    def path_to(self, name):
        if self.name == name:
            return [self]
        for child in self.children:
            found = child.path_to(name)
            if found:
                return [self, *found]
        return []

    def label(self):
        return f"{self.name} ({human(self.total())})"


def human(size):
    return f"{size / 1024:.1f}K" if size >= 1024 else f"{size}B"


def build():
    logs = Node("logs", children=[Node("a.log", 4096), Node("b.log", 100)])
    src = Node("src", children=[Node("main.py", 900)])
    return Node("/", children=[src, logs]), logs


def main():
    root, logs = build()
    print(root.first_child().label())
    print(root.largest().largest().label())
    print(" / ".join(n.label() for n in root.path_to("b.log")))
    print(logs.path_to("nope"), Node("empty").first_child())


main()

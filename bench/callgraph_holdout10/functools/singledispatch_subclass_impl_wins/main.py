"""A tree serializer with singledispatch implementations for a base class and its subclasses."""
import functools


class Node:
    def __init__(self, name):
        self.name = name

    def children(self):
        return []


class Folder(Node):
    def __init__(self, name, items):
        super().__init__(name)
        self.items = items

    def children(self):
        return self.items


class File(Node):
    def __init__(self, name, size):
        super().__init__(name)
        self.size = size


@functools.singledispatch
def to_dict(obj):
    raise TypeError(type(obj).__name__)


@to_dict.register
def node_to_dict(obj: Node):
    return {"name": obj.name, "children": [to_dict(c) for c in obj.children()]}


@to_dict.register
def folder_to_dict(obj: Folder):
    return {"folder": obj.name, "items": [to_dict(c) for c in obj.children()]}


@to_dict.register(File)
def file_to_dict(obj):
    return {"file": obj.name, "size": obj.size}


@to_dict.register(list)
def list_to_dict(objs):
    return [to_dict(o) for o in objs]


tree = Folder("src", [File("a.py", 10), Folder("pkg", [File("b.py", 20)])])
print(to_dict([tree, File("README", 1)]))

import copy


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)

    def __copy__(self):
        return Node(self.name, self.children)

    def __deepcopy__(self, memo):
        clone = Node(self.name)
        memo[id(self)] = clone
        clone.children = copy.deepcopy(self.children, memo)
        return clone


class Document:
    def __init__(self, root, meta):
        self.root = root
        self.meta = meta

    def __copy__(self):
        return Document(self.root, dict(self.meta))

    def __deepcopy__(self, memo):
        return Document(copy.deepcopy(self.root, memo), copy.deepcopy(self.meta, memo))


doc = Document(Node("html", [Node("body", [Node("p")])]), {"v": 1})
shallow = copy.copy(doc)
deep = copy.deepcopy(doc)
print(shallow.root is doc.root, deep.root is doc.root, len(deep.root.children[0].children))

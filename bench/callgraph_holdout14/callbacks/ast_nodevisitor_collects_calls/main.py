import ast

SOURCE = '''
import os

def load(path):
    data = read(path)
    return parse(data)

class Cache:
    def get(self, key):
        return lookup(key)
'''


class Index:
    def __init__(self):
        self.functions = []
        self.calls = []

    def add_function(self, name):
        self.functions.append(name)

    def add_call(self, name):
        self.calls.append(name)


class CallCollector(ast.NodeVisitor):
    def __init__(self, index):
        self.index = index
        self.scope = []

    def visit_FunctionDef(self, node):
        self.scope.append(node.name)
        self.index.add_function(".".join(self.scope))
        self.generic_visit(node)
        self.scope.pop()

    def visit_ClassDef(self, node):
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    def visit_Call(self, node):
        if isinstance(node.func, ast.Name):
            self.index.add_call(qualify(self.scope, node.func.id))
        self.generic_visit(node)


def qualify(scope, name):
    return f"{'.'.join(scope)}:{name}"


def build_index(source):
    index = Index()
    CallCollector(index).visit(ast.parse(source))
    return index


index = build_index(SOURCE)
print(index.functions, index.calls)

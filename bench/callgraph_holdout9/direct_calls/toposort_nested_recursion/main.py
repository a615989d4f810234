"""A build tool orders targets with a depth-first topological sort whose nested
helper recurses into itself, then runs each target's build function."""


class CycleError(Exception):
    pass


def toposort(graph):
    order, state = [], {}

    def visit(node):
        mark = state.get(node)
        if mark == "done":
            return
        if mark == "active":
            raise CycleError(node)
        state[node] = "active"
        for dep in sorted(graph.get(node, ())):
            visit(dep)
        state[node] = "done"
        order.append(node)

    for node in sorted(graph):
        visit(node)
    return order


def compile_sources(name):
    return f"cc {name}"


def link(name):
    return f"ld {name} ({compile_sources(name + '.o')})"


def package(name):
    return f"tar {name}"


BUILDERS = {"objs": compile_sources, "app": link, "dist": package}


def build(graph):
    log = []
    for target in toposort(graph):
        log.append(BUILDERS[target](target))
    return log


print(build({"dist": ["app"], "app": ["objs"], "objs": []}))

"""Cause F (natsort #31): chain() returns one of the functions its (copied) argument holds;
the flow merges every caller's list, so the input transform of parse() seems to be
group(), which only component_factory() passes."""


def noop(x):
    return x


def group(x):
    return "".join(c.lower() + c for c in x)


def casefold(x):
    return x.casefold()


def chain(functions):
    functions = list(functions)
    if not functions:
        return noop
    if len(functions) == 1:
        return functions[0]
    return lambda x: [f(x) for f in functions][-1]


def input_factory():
    return chain([casefold])


def component_factory():
    return chain([group])


def parse(x):
    transform = input_factory()
    return transform(x)


def main():
    return parse("AbC"), component_factory()("Ab")

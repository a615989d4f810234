def truncate(length, end="..."):
    def _truncate(value):
        if len(value) <= length:
            return value
        return value[: length - len(end)] + end
    return _truncate


def replace(old, new):
    def _replace(value):
        return value.replace(old, new)
    return _replace


def upper():
    def _upper(value):
        return value.upper()
    return _upper


def make_chain(*filters):
    def apply(value):
        for f in filters:
            value = f(value)
        return value
    apply.filters = filters
    return apply


def compile_template(name, chain):
    def render(context):
        return chain(context[name])
    return render


title = make_chain(replace("-", " "), truncate(12))
shout = make_chain(upper())
render = compile_template("title", title)
print(render({"title": "closures-are-neat-things"}))

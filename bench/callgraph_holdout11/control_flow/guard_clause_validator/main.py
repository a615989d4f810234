class Schema:
    def __init__(self, kind, required=(), properties=None, items=None):
        self.kind = kind
        self.required = required
        self.properties = properties or {}
        self.items = items


def validate(value, schema, path="$"):
    if schema.kind == "any":
        return []
    if not type_matches(value, schema.kind):
        return [error(path, f"expected {schema.kind}")]
    if schema.kind == "object":
        return validate_object(value, schema, path)
    elif schema.kind == "array":
        return validate_array(value, schema, path)
    return []


def type_matches(value, kind):
    expected = {"object": dict, "array": list, "string": str, "number": (int, float)}
    return isinstance(value, expected.get(kind, object))


def validate_object(value, schema, path):
    problems = [error(f"{path}.{key}", "missing") for key in schema.required if key not in value]
    for key, sub in schema.properties.items():
        if key not in value:
            continue
        problems += validate(value[key], sub, f"{path}.{key}")
    return problems


def validate_array(value, schema, path):
    problems = []
    for i, item in enumerate(value):
        problems.extend(validate(item, schema.items, f"{path}[{i}]"))
        if len(problems) > 2:
            break
    return problems


def error(path, message):
    return f"{path}: {message}"


user = Schema("object", required=("name", "email"), properties={
    "name": Schema("string"),
    "tags": Schema("array", items=Schema("string")),
    "meta": Schema("any"),
})
print(validate({"name": "ada", "tags": ["x", 3], "meta": None}, user))

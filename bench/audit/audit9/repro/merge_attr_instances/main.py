class Self:
    pass


def compile_scalar(schema):
    def validate_value(path, data):
        if data != schema:
            raise ValueError(path)
        return data

    return validate_value


class Schema:
    def __init__(self, schema):
        self.schema = schema
        self._compiled = self._compile(schema)

    def __call__(self, data):
        return self._compiled([], data)

    def _compile(self, schema):
        if schema is Self:
            return lambda p, v: self._compiled(p, v)
        if isinstance(schema, list):
            return self._compile_list(schema)
        return compile_scalar(schema)

    def _compile_list(self, schema):
        compiled = [self._compile(s) for s in schema]

        def validate_list(path, data):
            out = []
            for item in data:
                for validate in compiled:
                    try:
                        out.append(validate(path, item))
                        break
                    except ValueError:
                        pass
            return out

        return validate_list


def main():
    print(Schema(1)(1))
    print(Schema([1, Self])([1, [1]]))


main()

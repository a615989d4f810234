def parse(text):
    return text.split(",")


def validate(items):
    return [item.strip() for item in items if item]


class Parser:
    def parse(self, text):
        return validate(parse(text))


def load(text, parse=None):
    parse = parse or str.split  # the parameter shadows the module's parse
    return parse(text)


def run(text):
    validate = len  # a local rebinding to a builtin
    items = Parser().parse(text)
    return validate(items), load(text)


run("a,b")

class Parser:
    def _on_number(self, token):
        return int(token)

    def _on_name(self, token):
        return lookup(token)

    HANDLERS = {"number": _on_number, "name": _on_name}

    def parse(self, kind, token):
        return self.HANDLERS[kind](self, token)


def lookup(name):
    return {"pi": 3}.get(name)


parser = Parser()
parser.parse("number", "4")
parser.parse("name", "pi")

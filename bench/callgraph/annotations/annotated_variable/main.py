class Parser:
    def parse(self):
        return []


def registry():
    return {"p": Parser()}


def run():
    parser: Parser = registry()["p"]
    parser.parse()


run()

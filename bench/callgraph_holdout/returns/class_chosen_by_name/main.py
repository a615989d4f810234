class JsonParser:
    def parse(self, text):
        return {}


class TextParser:
    def parse(self, text):
        return text


def parser_for(name):
    if name.endswith(".json"):
        return JsonParser
    return TextParser


def read(name):
    return parser_for(name)().parse("")


read("a.json")
read("a.txt")

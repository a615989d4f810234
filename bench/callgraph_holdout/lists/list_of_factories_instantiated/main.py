class JsonParser:
    def parse(self, text):
        return "json"


class YamlParser:
    def parse(self, text):
        return "yaml"


class XmlParser:
    def parse(self, text):
        return "xml"


FACTORIES = [JsonParser, YamlParser]


def parse_all(text):
    parsers = [factory() for factory in FACTORIES]
    return [parser.parse(text) for parser in parsers]


parse_all("x")

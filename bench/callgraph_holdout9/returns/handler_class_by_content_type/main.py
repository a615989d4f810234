"""A REST framework's parser negotiation: parser_for() returns a parser class from a
table keyed by content type; every request here is JSON, so XmlParser is returned by
nothing and its methods never run."""


class Parser:
    media_type = None

    def __init__(self, charset="utf-8"):
        self.charset = charset

    def parse(self, body):
        return self.decode(body.decode(self.charset))

    def decode(self, text):
        raise NotImplementedError


class JsonParser(Parser):
    media_type = "application/json"

    def decode(self, text):
        return parse_pairs(text.strip("{} "))


class XmlParser(Parser):
    media_type = "application/xml"

    def __init__(self, charset="utf-8", strict=True):
        super().__init__(charset)
        self.strict = strict

    def decode(self, text):
        return {"xml": text}


def parse_pairs(text):
    return dict(p.split(":") for p in text.replace('"', "").split(",") if p)


PARSERS = {p.media_type: p for p in (JsonParser, XmlParser)}


def parser_for(content_type):
    media_type = content_type.split(";")[0].strip()
    return PARSERS.get(media_type, JsonParser)


def handle(headers, body):
    parser = parser_for(headers.get("content-type", ""))()
    return parser.parse(body)


print(handle({"content-type": "application/json; charset=utf-8"}, b'{"a":"1","b":"2"}'))
print(handle({}, b"{}"))

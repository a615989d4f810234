FORMATS = {}


def register(name):
    def decorate(cls):
        FORMATS[name] = cls
        return cls

    return decorate


@register("json")
class JsonFormat:
    def dump(self, data):
        return quote(data)


@register("yaml")
class YamlFormat:
    def dump(self, data):
        return data


class XmlFormat:
    def dump(self, data):
        return data


def quote(data):
    return '"' + data + '"'


def export(kind, data):
    return FORMATS[kind]().dump(data)


export("json", "a")
export("yaml", "b")

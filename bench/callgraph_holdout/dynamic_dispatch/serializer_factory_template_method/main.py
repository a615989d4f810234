class Serializer:
    def dump(self, obj):
        return self.header() + self.encode(obj)

    def header(self):
        return ""

    def encode(self, obj):
        raise NotImplementedError


class JSONSerializer(Serializer):
    def encode(self, obj):
        return "{" + ",".join(map(str, obj)) + "}"


class CSVSerializer(Serializer):
    def header(self):
        return "a,b\n"

    def encode(self, obj):
        return ",".join(map(str, obj))


def get_serializer(fmt: str) -> Serializer:
    if fmt == "json":
        return JSONSerializer()
    return CSVSerializer()


for fmt in ("json", "csv"):
    get_serializer(fmt).dump([1, 2])

class JsonSerializer:
    def __init__(self, instance):
        self.instance = instance

    def data(self):
        return {"id": self.instance.id}


class DetailSerializer(JsonSerializer):
    def data(self):
        base = super().data()
        base["name"] = self.instance.name
        return base


class Item:
    def __init__(self, id, name):
        self.id = id
        self.name = name


class GenericAPIView:
    serializer_class = JsonSerializer

    def get_serializer_class(self):
        return self.serializer_class

    def get_serializer(self, instance):
        return self.get_serializer_class()(instance)

    def get_object(self):
        return Item(1, "lamp")

    def retrieve(self):
        return self.get_serializer(self.get_object()).data()


class ItemDetail(GenericAPIView):
    serializer_class = DetailSerializer


print(ItemDetail().retrieve())

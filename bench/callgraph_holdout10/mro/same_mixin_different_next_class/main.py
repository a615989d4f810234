"""One caching mixin composed into two views; its super().get_object() reaches a different class in each."""


class BaseView:
    def __init__(self, store):
        self.store = store
        self.cache = {}

    def get_object(self, pk):
        return self.store[pk]

    def get(self, pk):
        return self.render(self.get_object(pk))

    def render(self, obj):
        return str(obj)


class CacheMixin:
    def get_object(self, pk):
        if pk not in self.cache:
            self.cache[pk] = super().get_object(pk)
        return self.cache[pk]


class PermissionMixin:
    def get_object(self, pk):
        obj = super().get_object(pk)
        check_owner(obj)
        return obj


class JSONMixin:
    def render(self, obj):
        return "{" + super().render(obj) + "}"


def check_owner(obj):
    if obj.get("owner") != "ada":
        raise PermissionError(obj)


class PublicView(CacheMixin, BaseView):
    pass


class PrivateView(CacheMixin, PermissionMixin, JSONMixin, BaseView):
    pass


store = {1: {"owner": "ada", "id": 1}}
print(PublicView(store).get(1), PrivateView(store).get(1))

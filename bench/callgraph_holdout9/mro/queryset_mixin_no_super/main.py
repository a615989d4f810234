"""A REST list endpoint: OwnedMixin comes first in the MRO and replaces get_queryset
without calling super(), so ListView's default (all rows, then ordering) never runs;
get_context_data does chain through super()."""


ROWS = [{"id": 1, "owner": "ann"}, {"id": 2, "owner": "bob"}, {"id": 3, "owner": "ann"}]


class QuerySet(list):
    def filter(self, **kw):
        return QuerySet(r for r in self if all(r[k] == v for k, v in kw.items()))

    def order_by(self, key):
        return QuerySet(sorted(self, key=lambda r: r[key]))


class ListView:
    ordering = "id"

    def __init__(self, user):
        self.user = user

    def get_queryset(self):
        return QuerySet(ROWS).order_by(self.ordering)

    def get_context_data(self):
        return {"objects": self.get_queryset()}

    def get(self):
        return self.get_context_data()


class OwnedMixin:
    def get_queryset(self):
        return QuerySet(ROWS).filter(owner=self.user)

    def get_context_data(self):
        context = super().get_context_data()
        context["owner"] = self.user
        return context


class MyItemsView(OwnedMixin, ListView):
    pass


print(MyItemsView("ann").get())

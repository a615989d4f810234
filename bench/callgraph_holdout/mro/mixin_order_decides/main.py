class JsonMixin:
    def render(self):
        return to_json(self.data())


class HtmlMixin:
    def render(self):
        return "<p>" + str(self.data()) + "</p>"


def to_json(value):
    return str(value)


class Resource:
    def data(self):
        return {"id": 1}


class Page(HtmlMixin, JsonMixin, Resource):
    pass


class Api(JsonMixin, Resource):
    def data(self):
        return {"id": 2}


def show(item):
    return item.render()


show(Page())
show(Api())

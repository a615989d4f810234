class Template:
    def render(self):
        return self.body()

    def body(self):
        return "base"


class Page(Template):
    def body(self):
        return "page"


Page().render()

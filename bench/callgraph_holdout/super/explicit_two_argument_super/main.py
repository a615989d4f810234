class Widget:
    def __init__(self, name):
        self.name = name

    def render(self):
        return "<%s>" % self.name


class Label(Widget):
    def __init__(self, name, text):
        super(Label, self).__init__(name)
        self.text = text

    def render(self):
        return super(Label, self).render() + self.text


class BoldLabel(Label):
    def render(self):
        return "<b>" + super(BoldLabel, self).render() + "</b>"


BoldLabel("l", "hi").render()

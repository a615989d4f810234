class Widget:
    def draw(self):
        pass


def create():
    return Widget()

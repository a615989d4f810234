class Registry:
    def __init__(self):
        self.data = {}

    def __setitem__(self, key, value):
        self.data[key] = value


def register():
    r = Registry()
    r["a"] = 1


register()

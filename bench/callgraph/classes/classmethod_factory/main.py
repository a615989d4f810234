class Config:
    def __init__(self, values):
        self.values = values

    @classmethod
    def empty(cls):
        return cls({})

    def keys(self):
        return list(self.values)


Config.empty().keys()

def tag(cls):
    cls.tagged = True
    return cls


@tag
class Item:
    def name(self):
        return "item"


Item().name()

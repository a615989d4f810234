class _TagMeta(type):
    _classmap = {}

    def __init__(cls, clsname, bases, dict_):
        if getattr(cls, "__keyword__", None) is not None:
            cls._classmap[cls.__keyword__] = cls
        super().__init__(clsname, bases, dict_)

    def __call__(cls, keyword, attributes):
        cls = _TagMeta._classmap[keyword]
        return type.__call__(cls, keyword, attributes)


class Tag(metaclass=_TagMeta):
    __keyword__ = None

    def __init__(self, keyword, attributes):
        self.keyword = keyword
        self.attributes = attributes


class DefTag(Tag):
    __keyword__ = "def"

    def __init__(self, keyword, attributes):
        super().__init__(keyword, attributes)
        self.name = attributes["name"]


def main():
    tag = Tag("def", {"name": "body"})
    print(type(tag).__name__, tag.name)


main()

class Base:
    def __init__(self, **kwargs):
        self.extra = kwargs


class LoggingMixin:
    def __init__(self, *, logger=None, **kwargs):
        self.logger = logger
        super().__init__(**kwargs)


class CacheMixin:
    def __init__(self, *, cache_size=0, **kwargs):
        self.cache_size = cache_size
        super().__init__(**kwargs)


class Service(LoggingMixin, CacheMixin, Base):
    def __init__(self, name, **kwargs):
        self.name = name
        super().__init__(**kwargs)


Service("api", logger="log", cache_size=3, region="eu")

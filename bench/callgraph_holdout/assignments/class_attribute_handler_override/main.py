def default_format(record):
    return str(record)


def json_format(record):
    return "{" + str(record) + "}"


class Handler:
    formatter = staticmethod(default_format)

    def emit(self, record):
        return self.formatter(record)


class JsonHandler(Handler):
    formatter = staticmethod(json_format)


for handler in [Handler(), JsonHandler()]:
    handler.emit(1)

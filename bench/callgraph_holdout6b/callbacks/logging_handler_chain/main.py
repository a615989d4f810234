class LogRecord:
    def __init__(self, name, level, msg, args):
        self.name, self.level, self.msg, self.args = name, level, msg, args

    def getMessage(self):
        return self.msg % self.args if self.args else self.msg


class Formatter:
    def __init__(self, fmt="%(name)s:%(message)s"):
        self.fmt = fmt

    def format(self, record):
        return self.fmt % {"name": record.name, "message": record.getMessage()}


class Handler:
    def __init__(self, level=0):
        self.level = level
        self.formatter = Formatter()
        self.filters = []

    def filter(self, record):
        return all(f(record) for f in self.filters)

    def handle(self, record):
        if record.level >= self.level and self.filter(record):
            self.emit(record)

    def emit(self, record):
        raise NotImplementedError


class ListHandler(Handler):
    def __init__(self, level=0):
        super().__init__(level)
        self.records = []

    def emit(self, record):
        self.records.append(self.formatter.format(record))


class Logger:
    def __init__(self, name, parent=None):
        self.name, self.parent, self.handlers, self.propagate = name, parent, [], True

    def callHandlers(self, record):
        logger = self
        while logger:
            for handler in logger.handlers:
                handler.handle(record)
            logger = logger.parent if logger.propagate else None

    def log(self, level, msg, *args):
        self.callHandlers(LogRecord(self.name, level, msg, args))

    def warning(self, msg, *args):
        self.log(30, msg, *args)


def no_secrets(record):
    return "secret" not in record.msg


root = Logger("root")
app = Logger("app", parent=root)
root.handlers.append(ListHandler(level=20))
app.handlers.append(ListHandler())
app.handlers[0].filters.append(no_secrets)
app.warning("disk at %d%%", 91)
app.log(10, "the secret")
print(root.handlers[0].records, app.handlers[0].records)

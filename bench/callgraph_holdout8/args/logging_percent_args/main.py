class LogRecord:
    def __init__(self, name, level, msg, args):
        self.name = name
        self.level = level
        self.msg = msg
        self.args = args

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


class Handler:
    def __init__(self):
        self.lines = []

    def handle(self, record):
        self.lines.append(f"{record.level}:{record.getMessage()}")


class Logger:
    def __init__(self, name, *handlers):
        self.name = name
        self.handlers = list(handlers)

    def _log(self, level, msg, args, **extra):
        record = LogRecord(self.name, level, msg, args)
        for h in self.handlers:
            h.handle(record)

    def info(self, msg, *args, **kwargs):
        self._log("INFO", msg, args, **kwargs)

    def error(self, msg, *args, exc_info=None):
        self._log("ERROR", msg, args, exc=exc_info)

    def warning(self, msg, *args):
        self._log("WARNING", msg, args)

    def log(self, level, msg, *args):
        getattr(self, level.lower())(msg, *args)


class Lazy:
    def __init__(self, fn, *args):
        self.fn = fn
        self.args = args

    def __str__(self):
        return str(self.fn(*self.args))


def expensive(n):
    return sum(range(n))


h = Handler()
log = Logger("app", h)
log.info("loaded %d items", 3)
log.log("ERROR", "total %s", Lazy(expensive, 10))
log.info("no args")
print(h.lines)

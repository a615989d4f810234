import logging


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


class JsonFormatter(logging.Formatter):
    def format(self, record):
        return f'{{"level": "{record.levelname}", "msg": "{record.getMessage()}"}}'


class RedactFilter(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.replace("secret", "***")
        return True


def drop_health_checks(record):
    return "/health" not in record.getMessage()


def setup():
    logger = logging.getLogger("app.round8")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    handler = ListHandler()
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RedactFilter())
    logger.addFilter(drop_health_checks)
    logger.addHandler(handler)
    return logger, handler


logger, handler = setup()
logger.info("GET /health")
logger.info("login secret=%s", "x")
logger.debug("never emitted")
print(handler.records)

def log(message):
    return message


def make_logger(prefix):
    def logger(message):
        return log(prefix + message)

    return logger


loggers = [make_logger(p) for p in ("a", "b")]
for logger in loggers:
    logger("x")

from typing import Optional


class Logger:
    def log(self, text):
        pass


def process(logger: Optional[Logger] = None):
    if logger is not None:
        logger.log("x")


process(Logger())

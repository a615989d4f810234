import textwrap

from handlers import base
from handlers.base import Handler as BaseHandler


class UpperHandler(BaseHandler):
    def transform(self, message):
        return message.upper()


class WrapHandler(base.Handler):
    def __init__(self, name, width):
        super().__init__(name)
        self.width = width

    def format(self, value):
        return "\n".join(textwrap.wrap(super().format(value), self.width))

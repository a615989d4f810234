from ..core import register
from .text_plugin import clean


@register("csv")
class CsvPlugin:
    def process(self, payload):
        return [clean(cell) for cell in payload.split(",")]

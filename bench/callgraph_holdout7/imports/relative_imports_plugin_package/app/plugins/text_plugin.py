from ..core import register


def clean(text):
    return text.strip()


@register("upper")
class UpperPlugin:
    def process(self, payload):
        return clean(payload).upper()

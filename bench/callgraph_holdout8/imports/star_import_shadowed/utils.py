__all__ = ["slugify", "titleize", "Timer"]


def _clean(text):
    return text.strip().lower()


def slugify(text):
    return "-".join(_clean(text).split())


def titleize(text):
    return " ".join(w.capitalize() for w in _clean(text).split())


class Timer:
    def __init__(self):
        self.ticks = 0

    def tick(self):
        self.ticks += 1
        return self.ticks

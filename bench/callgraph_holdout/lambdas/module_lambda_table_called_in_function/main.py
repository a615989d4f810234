class Text:
    def __init__(self, value):
        self.value = value

    def shout(self):
        return self.value.upper()

    def whisper(self):
        return self.value.lower()


OPS = {
    "up": lambda text: text.shout(),
    "down": lambda text: text.whisper(),
}


def apply(name, value):
    return OPS[name](Text(value))


apply("up", "a")
apply("down", "B")

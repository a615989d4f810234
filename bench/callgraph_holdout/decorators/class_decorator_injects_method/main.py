def describe_with(formatter):
    def decorate(cls):
        def describe(self):
            return formatter(self.name)

        cls.describe = describe
        return cls

    return decorate


def shout(text):
    return text.upper()


def whisper(text):
    return text.lower()


@describe_with(shout)
class Item:
    def __init__(self, name):
        self.name = name


Item("box").describe()

import enum


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"

    def describe(self):
        return "colour " + self.value

    def shout(self):
        return self.describe().upper()


def favourite():
    return Color("blue")


Color.RED.describe()
favourite().shout()

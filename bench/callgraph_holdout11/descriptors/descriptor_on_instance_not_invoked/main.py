class Bounded:
    """A descriptor clamping a number into [low, high] (works only as a class attribute)."""

    def __init__(self, low, high):
        self.low, self.high = low, high

    def __set_name__(self, owner, name):
        self.attr = "_" + name

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return getattr(instance, self.attr)

    def __set__(self, instance, value):
        setattr(instance, self.attr, self.clamp(value))

    def clamp(self, value):
        return max(self.low, min(self.high, value))


class Mixer:
    volume = Bounded(0, 10)

    def __init__(self, volume, balance):
        self.volume = volume
        # stored on the instance, the descriptor is a plain attribute: no __get__/__set__
        self.balance = Bounded(-5, 5)
        self.balance_value = self.balance.clamp(balance)

    def louder(self):
        self.volume = self.volume + 4
        return self.volume


m = Mixer(8, 9)
print(m.louder(), m.balance_value, type(m.balance).__name__)

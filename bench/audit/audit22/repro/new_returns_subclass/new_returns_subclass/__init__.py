"""Cause B (asgiref #13 #31 #33 #43): Local.__new__ returns an instance of a subclass
(object.__new__(_Default)), so `Local()` runs _Default.__init__ (not Local.__init__, reached
only by its super() call) and `executors.current = x` runs _Default.__setattr__, never the
typing stub Local.__setattr__."""

RAN = []


class Local:
    def __new__(cls, critical=False):
        if cls is not Local:
            raise TypeError("cannot be subclassed")
        return object.__new__(_Critical if critical else _Default)

    def __init__(self, critical=False):
        RAN.append("Local.__init__")

    def __setattr__(self, key, value): ...


class _Default(Local):
    def __init__(self, critical=False):
        RAN.append("_Default.__init__")
        super().__init__(critical)
        object.__setattr__(self, "_data", {})

    def __setattr__(self, key, value):
        RAN.append("_Default.__setattr__")
        self._data[key] = value


class _Critical(Local):
    def __init__(self, critical=False):
        RAN.append("_Critical.__init__")
        object.__setattr__(self, "_data", {})

    def __setattr__(self, key, value):
        RAN.append("_Critical.__setattr__")
        self._data[key] = value


class Runner:
    executors = Local()

    def run(self):
        self.executors.current = "executor"


def main():
    Runner().run()
    return RAN, type(Runner.executors).__name__

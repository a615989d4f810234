class Engine:
    def ignite(self):
        return True


class Car:
    def __init__(self):
        self._engine = Engine()

    @property
    def engine(self):
        return self._engine


class Garage:
    def __init__(self):
        self._car = Car()

    @property
    def car(self):
        return self._car


Garage().car.engine.ignite()

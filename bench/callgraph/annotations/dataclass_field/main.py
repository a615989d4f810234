from dataclasses import dataclass


class Wheel:
    def spin(self):
        pass


@dataclass
class Bike:
    wheel: Wheel

    def ride(self):
        self.wheel.spin()


Bike(Wheel()).ride()

from dataclasses import dataclass


@dataclass
class Point:
    x: int

    def __post_init__(self):
        self.check()

    def check(self):
        pass


Point(1)

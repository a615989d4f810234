from dataclasses import dataclass


@dataclass
class Move:
    dx: int
    dy: int


@dataclass
class Say:
    text: str


@dataclass
class Quit:
    pass


class Robot:
    def __init__(self):
        self.x = self.y = 0

    def step(self, dx, dy):
        self.x += dx
        self.y += dy

    def speak(self, text):
        return text

    def shutdown(self):
        return "bye"


def execute(robot, command):
    match command:
        case Move(dx=0, dy=0):
            return None
        case Move(dx, dy):
            return robot.step(dx, dy)
        case Say(text=t):
            return robot.speak(t)
        case Quit():
            return robot.shutdown()


r = Robot()
for cmd in [Move(1, 2), Say("hi"), Quit(), Move(0, 0)]:
    execute(r, cmd)

from dataclasses import dataclass


@dataclass
class Move:
    dx: int
    dy: int


class Robot:
    def __init__(self):
        self.x = self.y = 0
        self.trail = []

    def step(self, move):
        self.x += move.dx
        self.y += move.dy
        self.trail.append((self.x, self.y))

    def home(self):
        self.x = self.y = 0

    def report(self, *fields):
        return {f: getattr(self, f) for f in fields or ("x", "y")}


def parse_direction(word):
    return {"n": Move(0, 1), "s": Move(0, -1), "e": Move(1, 0), "w": Move(-1, 0)}[word]


def unknown(line):
    return f"? {line}"


def run(robot, line):
    match line.split():
        case ["go", direction]:
            robot.step(parse_direction(direction))
        case ["go", direction, count] if count.isdigit():
            for _ in range(int(count)):
                robot.step(parse_direction(direction))
        case ["home"]:
            robot.home()
        case ["report", *fields]:
            return robot.report(*fields)
        case _:
            return unknown(line)


bot = Robot()
for command in ["go n", "go e 2", "report x", "home", "report", "dance"]:
    print(run(bot, command))

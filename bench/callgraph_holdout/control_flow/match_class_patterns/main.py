from dataclasses import dataclass


@dataclass
class Click:
    x: int
    y: int


@dataclass
class Key:
    code: str


def on_click(x, y):
    return x + y


def on_key(code):
    return code


def handle(event):
    match event:
        case Click(x=x, y=y):
            return on_click(x, y)
        case Key(code=code):
            return on_key(code)


handle(Click(1, 2))
handle(Key("a"))

class BoundSignal:
    def __init__(self, owner, name):
        self.owner = owner
        self.name = name

    def connect(self, callback):
        self.owner.__dict__.setdefault("_slots_" + self.name, []).append(callback)

    def emit(self, *args):
        for callback in self.owner.__dict__.get("_slots_" + self.name, []):
            callback(*args)


class Signal:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner):
        return BoundSignal(instance, self.name)


class Button:
    clicked = Signal()

    def press(self):
        self.clicked.emit(self)


def on_click(button):
    return "clicked"


button = Button()
button.clicked.connect(on_click)
button.press()

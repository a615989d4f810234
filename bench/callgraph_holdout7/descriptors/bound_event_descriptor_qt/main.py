class BoundEvent:
    def __init__(self, owner, event):
        self.owner = owner
        self.event = event

    def connect(self, slot):
        self.owner.__dict__.setdefault(self.event.storage, []).append(slot)

    def emit(self, *args):
        return [slot(*args) for slot in self.owner.__dict__.get(self.event.storage, [])]


class Event:
    def __init__(self, *types):
        self.types = types
        self.storage = None

    def __set_name__(self, owner, name):
        self.storage = f"_{name}_slots"

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return BoundEvent(obj, self)


class Button:
    clicked = Event(bool)
    released = Event()

    def __init__(self, text):
        self.text = text

    def click(self):
        self.clicked.emit(True)


class Window:
    def __init__(self):
        self.log = []
        self.ok = Button("OK")
        self.ok.clicked.connect(self.on_ok)

    def on_ok(self, checked):
        self.log.append(f"ok {checked}")

    def on_release(self):
        self.log.append("released")


win = Window()
win.ok.click()
win.ok.click()
print(win.log)

def handler():
    pass


class Button:
    def __init__(self, action):
        self.action = action

    def press(self):
        self.action()


Button(handler).press()

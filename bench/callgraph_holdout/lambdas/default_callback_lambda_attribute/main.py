class Button:
    def __init__(self, label, on_click=None):
        self.label = label
        self.on_click = on_click or (lambda: self.default_action())

    def default_action(self):
        return log("default " + self.label)

    def click(self):
        return self.on_click()


def log(message):
    return message


def save():
    return log("saved")


Button("ok").click()
Button("save", save).click()

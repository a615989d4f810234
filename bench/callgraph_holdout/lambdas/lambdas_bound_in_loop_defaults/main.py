class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []

    def on_click(self, handler):
        self.handlers.append(handler)

    def click(self):
        for handler in self.handlers:
            handler()


def open_file(name):
    return name


def save_file(name):
    return name


def build_toolbar():
    buttons = []
    for label, action in (("open", open_file), ("save", save_file)):
        button = Button(label)
        button.on_click(lambda action=action, label=label: action(label))
        buttons.append(button)
    return buttons


for button in build_toolbar():
    button.click()

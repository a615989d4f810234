class Menu:
    def __init__(self, items):
        self.items = items
        self.selected = []
        self.buttons = []

    def select(self, index):
        self.selected.append(self.items[index])
        return self.items[index]

    def build(self):
        def make_handler(index):
            def on_click():
                log_click(index)
                return self.select(index)
            return on_click
        self.buttons = [make_handler(i) for i in range(len(self.items))]
        return self.buttons


def log_click(index):
    return f"click {index}"


class Button:
    def __init__(self, callback):
        self.callback = callback

    def press(self):
        return self.callback()


menu = Menu(["open", "save", "quit"])
buttons = [Button(handler) for handler in menu.build()]
buttons[2].press()
buttons[0].press()
print(menu.selected)

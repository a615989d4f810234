class Button:
    def __init__(self, label, on_click):
        self.label = label
        self.on_click = on_click

    def click(self):
        return self.on_click(self)


class App:
    def __init__(self):
        self.clicks = 0
        self.button = Button("ok", on_click=self.handle)

    def handle(self, button):
        self.clicks += 1
        return button.label


app = App()
app.button.click()

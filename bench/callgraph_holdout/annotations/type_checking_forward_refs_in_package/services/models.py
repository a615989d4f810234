class Order:
    def __init__(self, item):
        self.item = item
        self.status = "new"

    def confirm(self):
        self.status = "confirmed"

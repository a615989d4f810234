class Box:
    def __init__(self, size):
        self.size = size

    def volume(self):
        return self.size ** 3

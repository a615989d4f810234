class Box:
    @property
    def size(self):
        return 2

    def volume(self):
        return self.size ** 3


Box().volume()

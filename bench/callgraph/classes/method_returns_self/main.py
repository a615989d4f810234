class Builder:
    def add(self, part):
        return self

    def build(self):
        return "done"


Builder().add(1).add(2).build()

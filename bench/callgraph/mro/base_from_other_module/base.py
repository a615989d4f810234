class Animal:
    def breathe(self):
        return True

class Plain:
    def hello(self):
        return "hi"


Plain().hello()

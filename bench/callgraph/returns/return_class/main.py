class Engine:
    def __init__(self):
        self.on = False


def engine_type():
    return Engine


engine_type()()

class Machine:
    def __init__(self):
        self.actions = {"start": self.start, "stop": self.stop}

    def start(self):
        return "on"

    def stop(self):
        return "off"

    def handle(self, command):
        return self.actions[command]()


machine = Machine()
machine.handle("start")
machine.handle("stop")

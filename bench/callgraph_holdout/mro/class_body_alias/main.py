class Service:
    def start(self):
        return "started"

    run = start


class Worker(Service):
    def start(self):
        return "working"


Service().run()
Worker().run()

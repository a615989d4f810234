class Service:
    def run(self, job):
        return "ran " + job

    def stop(self):
        return "stopped"


def log(name):
    return name


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        log(name)
        return getattr(self._target, name)

    def describe(self):
        return "proxy"


proxy = Proxy(Service())
proxy.run("build")
proxy.describe()
proxy.stop()

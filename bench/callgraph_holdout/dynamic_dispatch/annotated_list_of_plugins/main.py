class Plugin:
    def start(self) -> None:
        raise NotImplementedError


class Cache(Plugin):
    def start(self) -> None:
        pass


class Metrics(Plugin):
    def start(self) -> None:
        pass


def boot(plugins: list[Plugin]) -> None:
    for plugin in plugins:
        plugin.start()


def collect():
    return [Cache(), Metrics()]


boot(collect())

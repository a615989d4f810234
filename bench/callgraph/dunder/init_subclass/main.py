class Plugin:
    registry = []

    def __init_subclass__(cls):
        Plugin.registry.append(cls)


class Audio(Plugin):
    pass

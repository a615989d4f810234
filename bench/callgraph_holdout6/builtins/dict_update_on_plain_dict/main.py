class Settings:
    def __init__(self):
        self.values = {}
        self.history = []

    def update(self, other):
        self.history.append(dict(other))
        self.values.update(other)

    def get(self, key, default=None):
        return self.values.get(key, default)

    def keys(self):
        return sorted(self.values)


class Cart:
    def __init__(self):
        self.items = []

    def sort(self):
        self.items.sort()

    def pop(self):
        return self.items.pop()


def load_defaults():
    defaults = {"debug": False}
    defaults.update({"port": 8000})
    return defaults


settings = Settings()
settings.update(load_defaults())
env = {"debug": True}
env.update(port=9000)
settings.update(env)
print(settings.get("port"), settings.keys(), env.get("debug"), list(env.keys()))
stack = [3, 1, 2]
stack.sort()
stack.pop()
cart = Cart()
cart.items.extend(stack)
print(cart.pop())

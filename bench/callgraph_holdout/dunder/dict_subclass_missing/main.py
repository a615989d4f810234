class Defaults(dict):
    def __missing__(self, key):
        value = compute_default(key)
        self[key] = value
        return value

    def __setitem__(self, key, value):
        super().__setitem__(key, normalize(value))


def compute_default(key):
    return key * 2


def normalize(value):
    return value


settings = Defaults()
settings.update({"a": 1})
settings["b"]
settings["a"]

import config


def ini_loader(text):
    pairs = (line.split("=", 1) for line in text.splitlines() if "=" in line)
    return {key.strip(): strip_value(value) for key, value in pairs}


def strip_value(value):
    return value.strip().strip('"')


class Settings:
    def __init__(self, source):
        self.values = config.load(source)

    def get(self, key, default=None):
        return self.values.get(key.lower(), default)


first = Settings('{"a": 1}')
config.loader = ini_loader  # every later config.load() parses ini text
second = Settings('Host = "example.org"\nPort = 8080')
print(first.get("format"), second.get("host"), second.get("PORT"))

class Parameter:
    param_type = "option"

    def __init__(self, name, default=None):
        self.name = self.normalize(name)
        self.default = default
        self.help = type(self).help_text(self.name)

    @staticmethod
    def normalize(name):
        return name.lstrip("-").replace("-", "_")

    @classmethod
    def help_text(cls, name):
        return f"{cls.param_type} {name}"

    def consume(self, args):
        value = args.get(self.name, self.default)
        return self.convert(value)

    def convert(self, value):
        return value


class Flag(Parameter):
    param_type = "flag"

    def convert(self, value):
        return bool(value)

    @classmethod
    def make(cls, name):
        return cls(name, default=False)


params = [Parameter("--out-dir", "."), Flag.make("--verbose")]
print([(p.help, p.consume({"verbose": 1})) for p in params])

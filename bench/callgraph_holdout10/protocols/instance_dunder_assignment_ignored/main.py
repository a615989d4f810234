"""A mock library: setting __call__ / __len__ on an instance does not change what m() or len(m) run."""


class Recorder:
    def __init__(self, name):
        self.name = name
        self.calls = []

    def __call__(self, *args):
        self.calls.append(args)
        return default_return(self.name)

    def __len__(self):
        return len(self.calls)


def default_return(name):
    return f"<{name} result>"


def fake_call(*args):
    return "patched"


def fake_len():
    return 99


def patch(mock, **attrs):
    for key, value in attrs.items():
        setattr(mock, key, value)
    return mock


m = patch(Recorder("fetch"), __call__=fake_call, __len__=fake_len)
print(m(1), m(2), len(m), m.__call__("explicit"))

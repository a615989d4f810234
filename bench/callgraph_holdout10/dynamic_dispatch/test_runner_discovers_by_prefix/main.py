"""A mini test runner: finds test_* functions and Test* classes in a module with vars() and dir()."""
import importlib


class Runner:
    def __init__(self):
        self.results = []

    def run_module(self, name):
        mod = importlib.import_module(name)
        hook = getattr(mod, "setup_module", None)
        if hook:
            hook()
        for attr, obj in sorted(vars(mod).items()):
            if attr.startswith("test_") and callable(obj):
                self.record(attr, obj)
            elif attr.startswith("Test") and isinstance(obj, type):
                self.run_class(obj)
        return self.results

    def run_class(self, cls):
        for attr in sorted(dir(cls)):
            if attr.startswith("test_"):
                inst = cls()
                getattr(inst, "setup_method", lambda: None)()
                self.record(f"{cls.__name__}.{attr}", getattr(inst, attr))

    def record(self, name, fn):
        try:
            fn()
            self.results.append((name, "ok"))
        except AssertionError:
            self.results.append((name, "fail"))


print(Runner().run_module("tests_sample"))

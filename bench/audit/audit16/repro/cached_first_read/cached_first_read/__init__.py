# bottle #54: a cached_property's __get__ runs on the first read only (it then
# stores the value in the instance __dict__, which shadows the non-data
# descriptor); __init__ always reads it first, so add_hook's read never runs it.
class cached_property(object):
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = obj.__dict__[self.func.__name__] = self.func(obj)
        return value


class App(object):
    def __init__(self):
        self.trigger_hook('config')

    @cached_property
    def _hooks(self):
        return {'config': []}

    def trigger_hook(self, name):
        return [hook() for hook in self._hooks[name]]

    def add_hook(self, name, func):
        self._hooks[name].append(func)


def main():
    app = App()
    app.add_hook('config', print)
    return app

class Task:
    def __init__(self, fn, name):
        self.fn = fn
        self.name = name

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def run(self, *args, **kwargs):
        return self.fn(*args, **kwargs)

    def s(self, *args):
        return Signature(self, args)


class Signature:
    def __init__(self, task, args):
        self.task = task
        self.args = args

    def __call__(self, *extra):
        return self.task(*extra, *self.args)

    def clone(self, *args):
        return Signature(self.task, args + self.args)


class App:
    def __init__(self):
        self.tasks = {}

    def task(self, fn):
        t = Task(fn, fn.__name__)
        self.tasks[t.name] = t
        return t


app = App()


@app.task
def add(x, y):
    return x + y


@app.task
def mul(x, y):
    return x * y


def chain(*sigs):
    result = sigs[0]()
    for sig in sigs[1:]:
        result = sig(result)
    return result


print(chain(add.s(2, 3), mul.s(4), add.s(1).clone()))

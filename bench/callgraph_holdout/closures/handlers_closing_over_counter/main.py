class Counter:
    def __init__(self):
        self.count = 0

    def increment(self, n=1):
        self.count += n
        return self.count

    def reset(self):
        self.count = 0


def make_handlers(counter):
    def on_click(event):
        return counter.increment()

    def on_double(event):
        return counter.increment(2)

    def reset(event):  # same name as Counter.reset, never dispatched
        return "ignored"

    return {"click": on_click, "double": on_double, "reset": reset}


def dispatch(handlers, kind, event=None):
    return handlers[kind](event)


handlers = make_handlers(Counter())
dispatch(handlers, "click")
dispatch(handlers, "double")

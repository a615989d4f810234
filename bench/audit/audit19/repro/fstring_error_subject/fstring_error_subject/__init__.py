# simpy #24 #27 (cause B): an f-string formats an error's subject, a value only ever
# reached there when it is NOT what the flow says the name holds.
#  - resume(): `{event}` in the except-AttributeError branch after `hasattr(event,
#    "callbacks")` raised; every Event has callbacks, so only a non-Event is formatted
#    there; false: resume -> Event.__repr__ [51].
#  - fail(): `{exception}` formats only a non-exception; the package passes fail() an
#    event's _value only when the event failed (an exception), but _value is one per
#    class and also holds the Result a Condition succeeds with; false: Event.fail ->
#    Result.__repr__ [26].
class Result:
    def __repr__(self):
        return "<Result>"


class Event:
    def __init__(self):
        self.callbacks = []
        self._ok = True
        self._value = None

    def __repr__(self):
        return "<Event>"

    def fail(self, exception):
        if not isinstance(exception, BaseException):
            raise TypeError(f"{exception} is not an exception.")
        self._ok = False
        self._value = exception
        return self


class Condition(Event):
    def __init__(self, events):
        super().__init__()
        self.events = events

    def check(self, event):
        if not event._ok:
            self.fail(event._value)
        else:
            self._value = Result()


def resume(gen):
    event = next(gen)
    try:
        event.callbacks.append(resume)
    except AttributeError:
        if hasattr(event, "callbacks"):
            raise
        raise RuntimeError(f'Invalid yield value "{event}"') from None
    return event


def main():
    def proc():
        yield Event()

    e = resume(proc())
    c = Condition([e])
    c.check(e)
    bad = Event().fail(ValueError("x"))
    c2 = Condition([c, bad])
    c2.check(c)
    c2.check(bad)
    return repr(e), repr(c._value), type(c2._value).__name__

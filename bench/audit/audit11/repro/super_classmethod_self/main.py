"""icalendar #52: `obj = super().new()` in a subclass classmethod; cls() in the base's new."""


class Component:
    @classmethod
    def new(cls):
        return cls()


class Todo(Component):
    @property
    def end(self):
        return 1

    @end.setter
    def end(self, v):
        self._end = v

    @classmethod
    def new(cls, end=None):
        todo = super().new()
        todo.end = end
        return todo


class Available(Component):
    _e = None

    def _get(self):
        return self._e

    def _set(self, v):
        self._e = v

    end = property(_get, _set)

    @classmethod
    def new(cls, end=None):
        available = super().new()
        available.end = end          # Available's setter only, never Todo.end
        return available


Todo.new(1)
Available.new(2)

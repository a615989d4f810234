# audit14 cause D (pubsub #8 #54): an attribute set to one of two values depending on a branch
# (WeakNone() when there is no parent, weakref.ref(parent) otherwise), and called only on paths
# where the parent exists; the call is drawn to both values (no path sensitivity).
# Expected: Info.__validate -> WeakNone.__call__ is not a possible call.
import weakref


class WeakNone:
    def __call__(self):
        return None


class Info:
    def __init__(self, parent=None):
        self.name = "x"
        self.parentAI = WeakNone()
        if parent is not None:
            self.parentAI = weakref.ref(parent)

    def __validate(self):
        return self.parentAI().name      # only reached when there is a parent

    def complete(self):
        p = self.parentAI()
        if p is None:
            return None
        return self.__validate()

"""ANNOT-SUBCLASS (pluggy #18 #33), documented (a parameter's or an unknown-filled variable's
annotation gives instances of the class or any subclass).  pluggy's relay only ever holds plain
HookCallers, but `hook: HookCaller` reaches the _SubsetHookCaller properties.
"""
class Relay:
    pass


class Caller:
    __slots__ = ("spec", "_history")

    def __init__(self):
        self.spec = None
        self._history = None


class SubsetCaller(Caller):
    __slots__ = ("_orig",)

    def __init__(self, orig: Caller):
        self._orig = orig          # only ever a plain Caller from the relay

    @property
    def spec(self):
        return self._orig.spec

    @property
    def _history(self):
        return self._orig._history     # a Caller's slot: no edge to this property expected


class Manager:
    def __init__(self):
        self.hook = Relay()

    def register(self, name):
        hook: Caller | None = getattr(self.hook, name, None)
        if hook is None:
            hook = Caller()
            setattr(self.hook, name, hook)
        self._verify(hook)

    def _verify(self, hook: Caller):
        return hook.spec           # the relay holds plain Callers: no SubsetCaller.spec expected

    def subset(self, name):
        orig: Caller = getattr(self.hook, name)
        return SubsetCaller(orig)

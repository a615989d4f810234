# audit14 cause B (traitlets #56): a method shadowed by an instance attribute holding a function
# (self.notify = hold) and then removed again (del self.notify) is still resolved to the function
# after the del.  Expected: Obj.hold_all -> Obj.notify (line of the last call) and Obj.set -> ...;
# not Obj.hold_all -> Obj.hold_all.hold for the call after `del`.
class Obj:
    def notify(self, change):
        print(change)

    def set(self, change):
        self.notify(change)        # hold while held, Obj.notify otherwise

    def hold_all(self, changes):
        cache = []

        def hold(change):
            cache.append(change)

        self.notify = hold
        try:
            for c in changes:
                self.set(c)
        finally:
            del self.notify
        for c in cache:
            self.notify(c)         # after del: only Obj.notify

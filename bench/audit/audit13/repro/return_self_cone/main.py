"""pyrsistent #32 (RETURN-SELF-CONE): PythonPVector.extend returns a new vector or `return self`;
the call `_EMPTY_PVECTOR.extend(it)` (a PythonPVector exactly) is given every subclass instance
too, CheckedPVector included, though CheckedPVector writes its own extend (so `self` in
PV.extend is never one: self.evolver() inside it is drawn right) and the receiver is a PV.
Documented: "`self` passed on or stored elsewhere is still `C` or any subclass" (and the
return-self rule covers only methods whose every return is `return self`)."""


class PV:
    def extend(self, obj):
        self.evolver()          # self: PV only (CPV writes its own extend): drawn right
        if obj:
            return PV()
        return self

    def evolver(self):
        return "plain"


class CPV(PV):
    def extend(self, obj):
        return CPV()

    def evolver(self):
        return "checked"


EMPTY = PV()


def pvector(it=()):
    return EMPTY.extend(it)


def use():
    return PV().extend([1]).evolver()    # PV.evolver only; CPV.evolver is drawn too


def use_module():
    return pvector([1]).evolver()        # PV.evolver only; CPV.evolver is drawn too


use()
use_module()
CPV().extend([2])

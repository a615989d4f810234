"""A permission set: `if perms` uses __bool__ (never __len__), `x in perms` uses
__contains__ (never __iter__); only the union's [*a, *b] unpacking iterates, and it
asks __len__ for a length hint first."""


class Permission:
    def __init__(self, code):
        self.code = code

    def __hash__(self):
        return hash(self.code)

    def __eq__(self, other):
        return self.code == other.code


class PermissionSet:
    def __init__(self, codes=()):
        self._perms = {Permission(c) for c in codes}
        self.frozen = False

    def __bool__(self):
        return not self.frozen and bool(self._perms)

    def __len__(self):
        return count_enabled(self._perms)

    def __contains__(self, code):
        return Permission(code) in self._perms

    def __iter__(self):
        return iter(sorted(p.code for p in self._perms))

    def __or__(self, other):
        return PermissionSet([*self, *other])


def count_enabled(perms):
    return len(perms)


def can(user_perms, code):
    if not user_perms:
        return False
    return code in user_perms


editor = PermissionSet(["read", "write"]) | PermissionSet(["publish"])
print(can(editor, "publish"), can(editor, "delete"), can(PermissionSet(), "read"))

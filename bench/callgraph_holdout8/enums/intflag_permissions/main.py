from enum import Enum, IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

    @classmethod
    def from_mode(cls, mode):
        value = cls(0)
        for ch, member in zip("rwx", (cls.R, cls.W, cls.X)):
            if ch in mode:
                value |= member
        return value

    def allows(self, other):
        return other in self

    def symbolic(self):
        return "".join(ch if flag in self else "-" for ch, flag in zip("rwx", (Perm.R, Perm.W, Perm.X)))


class Role(Enum):
    ADMIN = "admin"
    GUEST = "guest"

    @property
    def default_perm(self):
        return Perm.from_mode("rwx" if self is Role.ADMIN else "r")


def check(role, needed):
    perm = role.default_perm
    return perm.allows(needed), perm.symbolic()


print(check(Role.GUEST, Perm.W), check(Role("admin"), Perm.R | Perm.X))

"""CTX-HELPER-RETURN (packaging #40), documented limit (context-insensitive: a function called
from many places merges its arguments).  pylock's _get_as(d, str, Version, ...) and
_get_as(d, str, SpecifierSet, ...) return target_type(value): every field so filled holds both.
"""
from dataclasses import dataclass


class Version:
    def __init__(self, s):
        self.s = s


class SpecSet:
    def __init__(self, s):
        self.s = s

    def __len__(self):
        return len(self.s)


def get_as(d, target_type, key):
    value = d.get(key)
    if value is None:
        return None
    return target_type(value)          # each caller's own class, merged here


@dataclass
class Package:
    version: Version | None = None
    requires: SpecSet | None = None

    @classmethod
    def from_dict(cls, d):
        p = cls(
            version=get_as(d, Version, "version"),
            requires=get_as(d, SpecSet, "requires"),
        )
        if p.version and p.version.s != "0":   # a Version: no SpecSet.__len__ expected
            return p
        return p

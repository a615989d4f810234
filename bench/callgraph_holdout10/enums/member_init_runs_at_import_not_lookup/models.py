from enum import Enum

REGISTRY = {}


def register_code(code, label):
    REGISTRY[code] = label


class Status(Enum):
    ACTIVE = ("a", "Active")
    SUSPENDED = ("s", "Suspended")

    def __init__(self, code, label):
        self.code = code
        self.label = label
        register_code(code, label)

    @classmethod
    def parse(cls, code):
        for member in cls:
            if member.code == code:
                return member
        raise ValueError(code)

import enum


class Status(enum.Enum):
    ACTIVE = "active"
    DISABLED = "disabled"
    UNKNOWN = "unknown"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return cls.UNKNOWN

    def label(self):
        return self.name.title()

    @property
    def enabled(self):
        return self is Status.ACTIVE


class Color(enum.Enum):
    RED = 1

    def label(self):
        return "red!"


def parse_status(raw):
    return Status(raw)


for raw in ["active", "DISABLED", 42]:
    status = parse_status(raw)
    print(status.label(), status.enabled)
print(Color.RED.value)

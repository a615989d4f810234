from enum import Enum, Flag, auto


def slug(name):
    return name.lower().replace("_", "-")


class StrEnum(str, Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return slug(name)


class Event(StrEnum):
    USER_CREATED = auto()
    USER_DELETED = auto()

    def topic(self):
        return f"events.{self.value}"


class Perm(Flag):
    READ = auto()
    WRITE = auto()

    def describe(self):
        return "+".join(m.name for m in Perm if m in self)


print(Event.USER_CREATED.topic(), Event("user-deleted").name)
print((Perm.READ | Perm.WRITE).describe())

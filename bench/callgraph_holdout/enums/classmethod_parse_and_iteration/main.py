import enum


def normalize(text):
    return text.strip().upper()


class Status(enum.Enum):
    ACTIVE = 1
    BLOCKED = 2

    @classmethod
    def parse(cls, text):
        return cls[normalize(text)]

    @property
    def label(self):
        return self.name.title()

    def describe(self):
        return "%s (%d)" % (self.label, self.value)


def report():
    return [status.describe() for status in Status]


Status.parse(" active ").describe()
report()

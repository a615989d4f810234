from enum import Enum


def describe(value):
    return value.title()


class Status(Enum):
    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"

    @property
    def is_final(self):
        return self in (Status.DONE, Status.FAILED)

    def label(self):
        return describe(self.value)

    @classmethod
    def parse(cls, text):
        return cls(text.lower())


class Job:
    def __init__(self):
        self.status = Status.PENDING

    def finish(self):
        self.status = Status.DONE


job = Job()
job.finish()
if job.status.is_final:
    job.status.label()
Status.parse("FAILED").label()

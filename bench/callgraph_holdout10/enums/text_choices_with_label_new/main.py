"""Django-like TextChoices: members built by a custom __new__ from (value, label), with classmethods."""
from enum import Enum


def humanize(code):
    return code.replace("_", " ").title()


class Choices(str, Enum):
    def __new__(cls, value, label=None):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label or humanize(value)
        return obj

    @classmethod
    def choices(cls):
        return [(m.value, m.label) for m in cls]

    @classmethod
    def from_label(cls, label):
        return next(m for m in cls if m.label == label)


class Status(Choices):
    DRAFT = "draft"
    IN_REVIEW = "in_review", "Waiting for review"
    PUBLISHED = "published"


def render_select(choice_cls, selected):
    return " ".join(("*" if v == selected else "-") + label for v, label in choice_cls.choices())


print(render_select(Status, Status.IN_REVIEW))
print(Status.from_label("Published") is Status.PUBLISHED, Status("draft").label)

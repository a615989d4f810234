import itertools
from dataclasses import dataclass, field

_ids = itertools.count(1)
CLOCK = [1000]


def now():
    CLOCK[0] += 1
    return CLOCK[0]


def next_id():
    return next(_ids)


def default_tags():
    return ["new"]


@dataclass
class Ticket:
    title: str
    # bug: now() and next_id() run once, in the class body; every ticket shares the values
    created: int = now()
    number: int = next_id()
    tags: list = field(default_factory=default_tags)

    def __post_init__(self):
        self.title = self.title.strip()

    def age(self, at):
        return at - self.created


def open_ticket(title):
    return Ticket(title)


def main():
    first, second = open_ticket(" login broken "), open_ticket("typo")
    second.tags.append("docs")
    print(first.number == second.number, first.tags, second.tags, first.age(now()))


main()

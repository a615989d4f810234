from enum import Enum


def describe(state):
    return f"<{state}>"


class State(Enum):
    DRAFT = "draft"
    REVIEW = "review"
    PUBLISHED = "published"
    ARCHIVED = "archived"

    def __str__(self):
        return self.value.title()

    def describe(self):
        return f"state {self}"

    def transitions(self):
        return TRANSITIONS.get(self, ())

    def can_go(self, target):
        return target in self.transitions()

    @classmethod
    def initial(cls):
        return cls.DRAFT


TRANSITIONS = {
    State.DRAFT: (State.REVIEW,),
    State.REVIEW: (State.PUBLISHED, State.DRAFT),
    State.PUBLISHED: (State.ARCHIVED,),
}


class Post:
    def __init__(self):
        self.state = State.initial()
        self.log = []

    def move(self, target):
        if not self.state.can_go(target):
            raise ValueError(f"{self.state} -> {target}")
        self.state = target
        self.log.append(self.state.describe())


post = Post()
post.move(State.REVIEW)
post.move(State.PUBLISHED)
try:
    post.move(State.DRAFT)
except ValueError as e:
    print(e)
print(post.log)

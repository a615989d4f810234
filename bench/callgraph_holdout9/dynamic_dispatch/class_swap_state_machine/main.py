"""A document workflow that changes state by assigning obj.__class__ (the state
pattern without delegation); the same call doc.handle(...) reaches different classes.
No document is ever archived."""


class Document:
    def __init__(self, title):
        self.title = title
        self.history = []

    def handle(self, action):
        raise NotImplementedError

    def transition(self, cls):
        self.history.append(cls.__name__)
        self.__class__ = cls


class Draft(Document):
    def handle(self, action):
        if action == "submit":
            self.transition(Review)


class Review(Document):
    def handle(self, action):
        if action == "approve":
            self.transition(Published)
        elif action == "reject":
            self.transition(Draft)


class Published(Document):
    def handle(self, action):
        if action == "archive":
            self.transition(Archived)
        else:
            notify(self, action)


class Archived(Document):
    def handle(self, action):
        restore_log(self)


def notify(doc, action):
    doc.history.append(f"ignored {action}")


def restore_log(doc):
    doc.history.append("restore?")


doc = Draft("spec")
for action in ["submit", "reject", "submit", "approve", "edit"]:
    doc.handle(action)
print(type(doc).__name__, doc.history)

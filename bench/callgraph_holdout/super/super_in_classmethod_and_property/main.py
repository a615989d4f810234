class Model:
    def __init__(self, name):
        self.name = name

    @classmethod
    def create(cls, name):
        return cls(clean(name))

    @property
    def label(self):
        return self.name.title()


class User(Model):
    @classmethod
    def create(cls, name):
        user = super().create(name)
        audit(user)
        return user

    @property
    def label(self):
        return "@" + super().label


def clean(name):
    return name.strip()


def audit(user):
    return user


User.create(" ann ").label

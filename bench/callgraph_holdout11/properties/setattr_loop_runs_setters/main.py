class Profile:
    def __init__(self):
        self._email = ""
        self._age = 0
        self.errors = []

    @property
    def email(self):
        return self._email

    @email.setter
    def email(self, value):
        if "@" not in value:
            self.errors.append(("email", value))
            return
        self._email = value.strip().lower()

    @property
    def age(self):
        return self._age

    @age.setter
    def age(self, value):
        self._age = clamp(int(value), 0, 150)

    @property
    def display(self):
        return f"{self.email} ({self.age})"


def clamp(value, low, high):
    return max(low, min(high, value))


FIELDS = ("email", "age")


def bind(form, data):
    for name in FIELDS:
        if name in data:
            setattr(form, name, data[name])
    return form


def dump(form):
    return {name: getattr(form, name) for name in FIELDS}


p = bind(Profile(), {"email": " Ada@Example.org ", "age": "200"})
print(dump(p), p.display)
bind(p, {"email": "nope"})
print(p.errors)

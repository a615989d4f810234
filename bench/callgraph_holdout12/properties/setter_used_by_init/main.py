import re


def normalize_space(text):
    return re.sub(r"\s+", " ", text).strip()


def split_name(full):
    first, _, last = full.partition(" ")
    return first, last


class Person:
    def __init__(self, full_name, email):
        self.full_name = full_name  # runs the setter
        self.email = email

    @property
    def full_name(self):
        return f"{self.first} {self.last}".strip()

    @full_name.setter
    def full_name(self, value):
        self.first, self.last = split_name(normalize_space(value))

    @property
    def email(self):
        return self._email

    @email.setter
    def email(self, value):
        if "@" not in value:
            raise ValueError(value)
        self._email = value.lower()

    @property
    def initials(self):
        return "".join(part[0] for part in self.full_name.split()).upper()


class Employee(Person):
    def __init__(self, full_name, email, team):
        super().__init__(full_name, email)
        self.team = team

    @property
    def badge(self):
        return f"{self.initials}-{self.team}"


if __name__ == "__main__":
    emp = Employee("  ada   lovelace ", "ADA@Example.org", "eng")
    emp.full_name = "Ada King"
    print(emp.full_name, emp.email, emp.badge)

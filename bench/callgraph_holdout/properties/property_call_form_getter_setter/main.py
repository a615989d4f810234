class Validator:
    def check(self, value):
        if not value:
            raise ValueError("empty")
        return value.strip()


class Person:
    def __init__(self, name):
        self._validator = Validator()
        self.name = name

    def _get_name(self):
        return self._name

    def _set_name(self, value):
        self._name = self._validator.check(value)

    name = property(_get_name, _set_name)


person = Person(" ann ")
person.name = "bob"
greeting = "hi " + person.name

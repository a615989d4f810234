class Field:
    def __init__(self, value):
        self._value = value
        self.history = []

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, new):
        self.history.append(self._value)
        self._value = self.clean(new)

    def clean(self, new):
        return new


class IntField(Field):
    @Field.value.setter
    def value(self, new):
        Field.value.fset(self, int(new))

    def clean(self, new):
        if new < 0:
            raise ValueError(new)
        return new


class NameField(Field):
    def clean(self, new):
        return new.strip()


age = IntField(1)
age.value = "42"
name = NameField("x")
name.value = "  bob "
print(age.value, name.value, age.history)

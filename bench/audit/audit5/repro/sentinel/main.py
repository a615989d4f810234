class UnsetValue:
    def __bool__(self):
        return False


unset_value = UnsetValue()


class Field:
    default = None

    def process(self, data=unset_value):
        if data is unset_value:
            data = self.default  # the sentinel never gets past this line
        self.data = data


class ListField(Field):
    def process(self, data=unset_value):
        # `not data` runs only when data is not the sentinel (its only instance):
        # FALSE edge main.ListField.process -> main.UnsetValue.__bool__
        if data is unset_value or not data:
            data = []
        self.data = data


f = Field()
f.process()
ListField().process()

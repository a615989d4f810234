class Field:
    def process(self, formdata):
        self.data = formdata
        return self.finish()  # FALSE edge: main.Field.process -> main.FieldList.finish

    def finish(self):
        return self.data


class StringField(Field):
    pass


class FieldList(Field):
    def process(self, formdata):  # overrides process, never calls super().process
        self.entries = list(formdata)
        return self.entries

    def finish(self):
        return len(self.entries)


print(StringField().process("x"), FieldList().process("ab"))

class Element:
    def __init__(self):
        self._name = "p"
        self._attributes = {}

    def _get_name(self):
        return self._name

    def _set_name(self, value):
        self._name = value

    def _get_attributes(self):
        return self._attributes

    def _set_attributes(self, value):
        self._attributes = value

    name = property(_get_name, _set_name)
    attributes = property(_get_attributes, _set_attributes)


def read_name(element):
    return element.name


def write_attributes(element, value):
    element.attributes = value


print(read_name(Element()))
write_attributes(Element(), {"id": "x"})

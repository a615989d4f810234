# colander #55 #58: `missing = required` in a class body runs before the class
# defines its property `required`, so it binds the module's sentinel; reading
# self.missing runs no getter.
class _Required:
    pass


required = _Required()


class Node:
    missing = required

    @property
    def required(self):
        return self.missing is required

    def deserialize(self):
        value = self.missing
        return value


def main():
    return Node().deserialize()

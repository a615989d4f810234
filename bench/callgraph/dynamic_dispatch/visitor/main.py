class Number:
    def accept(self, visitor):
        return visitor.visit_number(self)


class Printer:
    def visit_number(self, node):
        return "n"


Number().accept(Printer())

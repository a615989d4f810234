class Calculator:
    def __init__(self):
        self.log = []

    def add(self, a, b):
        return self.remember(a + b)

    def mul(self, a, b):
        return self.remember(a * b)

    def div(self, a, b):
        return a / b

    def remember(self, value):
        self.log.append(value)
        return value


OPERATIONS = {"+": Calculator.add, "*": Calculator.mul}


def evaluate(calc, op, a, b):
    return OPERATIONS[op](calc, a, b)


calc = Calculator()
evaluate(calc, "+", 1, 2)
evaluate(calc, "*", 3, 4)

class Greeter:
    def hello(self):
        return "hello"


def make_greeting():
    greeter = Greeter()

    def greet():
        return greeter.hello()

    return greet


make_greeting()()

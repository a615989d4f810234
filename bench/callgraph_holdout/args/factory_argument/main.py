class Greeter:
    def greet(self):
        return "hi"


def build():
    return Greeter()


def use(factory):
    return factory().greet()


use(build)

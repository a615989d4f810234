class Greeter:
    def greet(self):
        return "hello"


g = Greeter()
Greeter.greet(g)

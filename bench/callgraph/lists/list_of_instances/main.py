class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


def chorus():
    return [animal.speak() for animal in [Cat(), Dog()]]


chorus()

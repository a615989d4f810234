def greet():
    return "hi"


def run():
    return greet()


run()

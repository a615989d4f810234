import functools


def greet(greeting, name):
    return greeting + name


def run():
    hello = functools.partial(greet, "hello ")
    return hello("you")


run()

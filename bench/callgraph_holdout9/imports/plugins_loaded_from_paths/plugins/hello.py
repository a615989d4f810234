from registry import command


def shout(text):
    return text.upper() + "!"


@command("hello")
def hello(name):
    return shout(f"hello {name}")

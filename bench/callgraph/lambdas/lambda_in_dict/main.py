def start():
    pass


def stop():
    pass


COMMANDS = {"start": lambda: start(), "stop": lambda: stop()}


def run(name):
    COMMANDS[name]()


run("start")
run("stop")

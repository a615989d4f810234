def helper():
    return "module"


def work():
    def helper():
        return "local"

    return helper()


work()

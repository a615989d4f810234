from tools import traced


@traced
def run():
    pass


run()

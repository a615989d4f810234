def run(*, on_done):
    on_done()


def finished():
    pass


run(on_done=finished)

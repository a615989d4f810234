def worker():
    pass


def run():
    chooser = lambda: worker
    chooser()()


run()

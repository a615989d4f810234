def work():
    pass


def cleanup():
    pass


def run():
    try:
        work()
    finally:
        cleanup()


run()

def run():
    from helpers import late

    late()


run()

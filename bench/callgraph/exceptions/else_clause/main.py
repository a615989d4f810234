def attempt():
    return 1


def celebrate():
    pass


def run():
    try:
        attempt()
    except KeyError:
        pass
    else:
        celebrate()


run()

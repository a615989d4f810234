def setup():
    pass


def teardown():
    pass


setup()
teardown()

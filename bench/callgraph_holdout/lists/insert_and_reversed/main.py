def first():
    return 1


def second():
    return 2


def teardown(callbacks):
    for callback in reversed(callbacks):
        callback()


callbacks = [second]
callbacks.insert(0, first)
teardown(callbacks)

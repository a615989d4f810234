def tick():
    return 1


def loop():
    n = 0
    while n < 3:
        n += tick()


loop()

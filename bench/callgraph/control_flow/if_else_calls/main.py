def yes():
    pass


def no():
    pass


def decide(flag):
    if flag:
        yes()
    else:
        no()


decide(True)
decide(False)

def default():
    pass


def special():
    pass


table = {"special": special}
table.get("special", default)()

def quiet():
    pass


def loud():
    pass


def log(writer=quiet):
    writer()


log(writer=loud)

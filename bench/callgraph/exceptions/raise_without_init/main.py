class Stop(Exception):
    pass


def halt():
    raise Stop()


try:
    halt()
except Stop:
    pass

def handle(callback=None):
    callback()


def notify():
    pass


options = {"callback": notify}
handle(**options)

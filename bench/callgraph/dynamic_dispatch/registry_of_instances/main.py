class Email:
    def send(self):
        pass


class Sms:
    def send(self):
        pass


CHANNELS = [Email(), Sms()]


def broadcast():
    for channel in CHANNELS:
        channel.send()


broadcast()

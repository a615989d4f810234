class Signal:
    def __init__(self, name):
        self.name = name
        self.receivers = []

    def connect(self, receiver, sender=None):
        self.receivers.append((receiver, sender))
        return receiver

    def send(self, sender, **kwargs):
        return [(r.__name__, r(sender, **kwargs)) for r, s in self.receivers if s is None or s is sender]


post_save = Signal("post_save")


class User:
    pass


class Order:
    pass


def invalidate_cache(sender, instance):
    return f"cache drop {instance}"


def send_welcome(sender, instance):
    return f"welcome {instance}"


def ship_order(sender, instance):
    return f"ship {instance}"


post_save.connect(invalidate_cache)
post_save.connect(send_welcome, sender=User)
post_save.connect(ship_order, sender=Order)


@post_save.connect
def log_any(sender, instance):
    return f"{sender.__name__} saved"


print(post_save.send(User, instance="ada"))

def make_bus():
    handlers = []

    def subscribe(handler):
        handlers.append(handler)
        return handler

    def publish(event):
        return [handler(event) for handler in handlers]

    return subscribe, publish


subscribe, publish = make_bus()


@subscribe
def on_save(event):
    return archive(event)


@subscribe
def on_audit(event):
    return event


def archive(event):
    return event


def never_subscribed(event):
    return event


publish("saved")

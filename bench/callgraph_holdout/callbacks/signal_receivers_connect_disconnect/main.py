def index_document(doc):
    return doc


class Signal:
    def __init__(self):
        self.receivers = []

    def connect(self, receiver):
        self.receivers.append(receiver)
        return receiver

    def disconnect(self, receiver):
        self.receivers.remove(receiver)

    def send(self, sender, **kwargs):
        return [r(sender, **kwargs) for r in list(self.receivers)]


post_save = Signal()


@post_save.connect
def reindex(sender, **kw):
    return index_document(sender)


def invalidate_cache(sender, **kw):
    return "stale"


class AuditLog:
    def __init__(self):
        self.entries = []

    def record(self, sender, **kw):
        self.entries.append(sender)


audit = AuditLog()
post_save.connect(audit.record)
post_save.connect(invalidate_cache)
post_save.disconnect(invalidate_cache)
post_save.send("doc-1", created=True)

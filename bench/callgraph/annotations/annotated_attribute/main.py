class Store:
    def save(self):
        pass


class Service:
    store: Store

    def __init__(self, store):
        self.store = store

    def commit(self):
        self.store.save()


Service(Store()).commit()

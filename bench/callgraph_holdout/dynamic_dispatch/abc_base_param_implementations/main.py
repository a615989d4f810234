from abc import ABC, abstractmethod


class Storage(ABC):
    def sync(self, items):
        for item in items:
            self.save(item)
        return self.flush()

    @abstractmethod
    def save(self, item): ...

    def flush(self):
        return True


class LocalStorage(Storage):
    def __init__(self):
        self.items = []

    def save(self, item):
        self.items.append(item)


class RemoteStorage(Storage):
    def save(self, item):
        return item

    def flush(self):
        return False


class MemoryStorage(Storage):
    def save(self, item):
        return None


def backup(store: Storage, items):
    return store.sync(items)


backup(LocalStorage(), [1])
backup(RemoteStorage(), [2])

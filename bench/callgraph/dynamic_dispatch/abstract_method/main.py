from abc import ABC, abstractmethod


class Storage(ABC):
    @abstractmethod
    def put(self, key):
        ...

    def store_all(self, keys):
        for key in keys:
            self.put(key)


class Memory(Storage):
    def put(self, key):
        pass


Memory().store_all(["a"])

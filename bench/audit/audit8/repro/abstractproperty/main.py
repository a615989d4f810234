from abc import ABCMeta, abstractmethod, abstractproperty
from io import BytesIO


class SpooledBase(metaclass=ABCMeta):
    @abstractproperty
    def buffer(self):
        """Should return a file object"""

    @property
    @abstractmethod
    def size(self):
        """Same, spelled the modern way"""

    def close(self):
        return self.buffer.close()

    def total(self):
        return self.size


class SpooledBytes(SpooledBase):
    def __init__(self):
        self._buffer = BytesIO()

    @property
    def buffer(self):
        return self._buffer

    @property
    def size(self):
        return 0


def main():
    f = SpooledBytes()
    f.total()
    f.close()


main()

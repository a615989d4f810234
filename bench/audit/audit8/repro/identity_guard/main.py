class Cache:
    def __init__(self, maxsize, getsizeof=None):
        if getsizeof is not None:
            self.getsizeof = getsizeof
        # the sizes are kept only when getsizeof is not the default
        self.sizes = {} if self.getsizeof is not Cache.getsizeof else None
        self.data = {}

    def __setitem__(self, key, value):
        if self.sizes is None:
            self.data[key] = value
        else:
            # here self.getsizeof is always the function the caller passed
            self.sizes[key] = self.getsizeof(value)
            self.data[key] = value

    @staticmethod
    def getsizeof(value):
        return 1


def main():
    Cache(10)["a"] = 1
    Cache(10, getsizeof=len)["b"] = "xy"


main()

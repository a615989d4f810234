class Math:
    @staticmethod
    def double(x):
        return x * 2

    def quad(self, x):
        return self.double(self.double(x))


Math.double(1)
Math().quad(2)

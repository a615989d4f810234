from base import Animal


class Fish(Animal):
    def swim(self):
        return self.breathe()


Fish().swim()

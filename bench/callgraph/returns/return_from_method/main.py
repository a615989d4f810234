class Factory:
    def make(self):
        return Product()


class Product:
    def use(self):
        return 1


Factory().make().use()

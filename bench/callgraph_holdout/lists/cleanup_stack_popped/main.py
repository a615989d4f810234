class Resources:
    def __init__(self):
        self.stack = []

    def open_db(self):
        self.stack.append(self.close_db)

    def open_cache(self):
        self.stack.append(self.close_cache)

    def close_db(self):
        return "db"

    def close_cache(self):
        return "cache"

    def close_all(self):
        while self.stack:
            self.stack.pop()()


resources = Resources()
resources.open_db()
resources.open_cache()
resources.close_all()

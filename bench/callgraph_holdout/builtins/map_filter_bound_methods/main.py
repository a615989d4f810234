class Cleaner:
    def __init__(self, banned):
        self.banned = banned

    def normalize(self, word):
        return word.strip().lower()

    def allowed(self, word):
        return word not in self.banned

    def clean(self, words):
        return list(filter(self.allowed, map(self.normalize, words)))

    def any_banned(self, words):
        return any(map(self.is_banned, words))

    def is_banned(self, word):
        return not self.allowed(word)


cleaner = Cleaner({"x"})
cleaner.clean([" A ", "x"])
cleaner.any_banned(["y"])

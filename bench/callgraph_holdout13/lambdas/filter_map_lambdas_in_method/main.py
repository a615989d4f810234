class Record:
    def __init__(self, name, email, age):
        self.name, self.email, self.age = name, email, age

    def valid(self):
        return "@" in self.email and self.age >= 0

    def normalized(self):
        return Record(self.name.title(), self.email.lower(), self.age)

    def initials(self):
        return "".join(part[0] for part in self.name.split())


def is_adult(age):
    return age >= 18


class Importer:
    def __init__(self, rows):
        self.rows = [Record(*row) for row in rows]

    def clean(self):
        return list(map(lambda r: r.normalized(), filter(lambda r: r.valid(), self.rows)))

    def adults(self):
        return [r.name for r in filter(lambda r: is_adult(r.age), self.clean())]

    def index(self):
        return dict(map(lambda r: (r.initials(), r.email), self.clean()))


def main():
    importer = Importer([("ada lovelace", "ADA@X.ORG", 36), ("tim", "no-email", 20), ("kid one", "k@x", 9)])
    print(importer.adults())
    print(importer.index())


main()
